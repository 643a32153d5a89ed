using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Tokens;

/// <summary>IdP association and the legacy vs <c>/v8</c> token shapes (wire-scim.md §2.2).</summary>
public sealed class TokenIdpTests
{
    private static JsonObject Body(WireTeam team) => new() { ["description"] = "idp test", ["password"] = team.AdminPassword };

    [Fact]
    public async Task On_the_legacy_api_a_token_is_implicitly_associated_with_the_only_idp()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);

        var created = await team.CreateTokenAsync();

        created.Json.GetProperty("info").GetProperty("idp").GetGuid().Should().Be(team.IdpId!.Value);
        created.Json.GetProperty("info").TryGetProperty("name", out _).Should().BeFalse("legacy info has no name");
    }

    [Fact]
    public async Task On_the_legacy_api_a_team_with_two_idps_cannot_create_a_token()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        await team.AddIdpAsync();
        var before = wire.Snapshot();

        var response = await team.TokenApiAsync(HttpMethod.Post, await team.LoginAsync(), Body(team));

        response.ShouldBeWireError(400, "more-than-one-idp");
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("/v0")]
    [InlineData("/v7")]
    public async Task Versions_below_8_use_the_legacy_shape(string version)
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);

        var created = await team.CreateTokenAsync(version, Body(team).With("name", "ignored"));

        created.Json.GetProperty("info").TryGetProperty("name", out _).Should().BeFalse();
        created.Json.GetProperty("info").GetProperty("idp").GetGuid().Should().Be(team.IdpId!.Value);
    }

    [Fact]
    public async Task On_v8_the_name_defaults_to_the_token_id_and_no_idp_is_associated_implicitly()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);

        var info = (await team.CreateTokenAsync("/v8")).Json.GetProperty("info");

        info.GetProperty("name").GetString().Should().Be(info.GetProperty("id").GetString());
        info.TryGetProperty("idp", out _).Should().BeFalse();
    }

    [Fact]
    public async Task On_v8_a_named_token_with_an_idp_is_saml_mode_even_with_two_idps()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var second = await team.AddIdpAsync();

        var scim = await team.ScimAsync("/v8", Body(team).With("name", "Okta").With("idp", second.ToString()));
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        created.Json.GetProperty("active").GetBoolean().Should().BeTrue("a token with an IdP provisions active SAML users");
        var listed = (await team.TokenApiAsync(HttpMethod.Get, await team.LoginAsync(), version: "/v8")).Json.GetProperty("tokens")[0];
        listed.GetProperty("name").GetString().Should().Be("Okta");
        listed.GetProperty("idp").GetGuid().Should().Be(second);
    }

    [Fact]
    public async Task On_v8_an_unknown_idp_is_not_found()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);

        var response = await team.TokenApiAsync(HttpMethod.Post, await team.LoginAsync(), Body(team).With("idp", Guid.NewGuid().ToString()), "/v8");

        response.ShouldBeWireError(404, "not-found").Message.Should().Be("Could not find IdP.");
    }

    [Fact]
    public async Task On_v8_a_token_can_be_renamed_but_not_on_the_legacy_api()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        var id = (await team.CreateTokenAsync("/v8")).Json.GetProperty("info").GetProperty("id").GetString();
        var session = await team.LoginAsync();

        var renamed = await team.TokenApiAsync(HttpMethod.Put, session, new JsonObject { ["name"] = "Renamed" }, "/v8", $"/{id}");
        var legacy = await team.TokenApiAsync(HttpMethod.Put, session, new JsonObject { ["name"] = "Legacy" }, "", $"/{id}");

        renamed.Code.Should().Be(200);
        legacy.Code.Should().Be(404);
        (await team.TokenApiAsync(HttpMethod.Get, session, version: "/v8")).Json.GetProperty("tokens")[0].GetProperty("name").GetString().Should().Be("Renamed");
    }

    [Fact]
    public async Task A_token_without_idp_invites_by_email_and_one_with_idp_creates_active_users()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var emailMode = await team.ScimAsync("/v8");
        var samlMode = await team.ScimAsync();

        var invited = await emailMode.CreateUserAsync(UserBodies.EmailMode());
        var provisioned = await samlMode.CreateUserAsync(UserBodies.EmailMode());

        invited.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        provisioned.Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }
}

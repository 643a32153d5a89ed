using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Tokens;

/// <summary>/scim/auth-tokens: owners and admins with their password, limits, listing and revocation (wire-scim.md §2).</summary>
public sealed class TokenApiTests
{
    private static JsonObject Body(string? password) => new() { ["description"] = "for the IdP", ["password"] = password };

    [Fact]
    public async Task An_admin_with_the_password_gets_a_44_character_token_and_its_legacy_info()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();

        var created = await team.CreateTokenAsync();

        created.MediaType.Should().Be("application/json");
        var token = created.Json.GetProperty("token").GetString()!;
        token.Should().HaveLength(44).And.EndWith("=");
        var info = created.Json.GetProperty("info");
        info.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["team", "id", "created_at", "description"]);
        info.GetProperty("team").GetGuid().Should().Be(team.TeamId);
        info.GetProperty("description").GetString().Should().Be("test token");
        info.GetProperty("created_at").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong password")]
    public async Task Creating_a_token_requires_the_admins_password(string? password)
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        var before = wire.Snapshot();

        var response = await team.TokenApiAsync(HttpMethod.Post, await team.LoginAsync(), Body(password));

        response.ShouldBeWireError(403, "access-denied").Message.Should().Be("This operation requires reauthentication.");
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_plain_member_may_not_create_or_list_tokens()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        var member = await scim.CreateUserAsync(body);
        await scim.Team.AcceptInvitationAsync(member.Id, "member-password");
        var session = await scim.Team.LoginAsync(body["externalId"]!.GetValue<string>(), "member-password");

        var create = await scim.Team.TokenApiAsync(HttpMethod.Post, session, Body("member-password"));
        var list = await scim.Team.TokenApiAsync(HttpMethod.Get, session);

        create.ShouldBeWireError(403, "insufficient-permissions");
        list.ShouldBeWireError(403, "insufficient-permissions");
    }

    [Fact]
    public async Task An_invited_admin_may_create_tokens()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode().With("roles", new JsonArray("admin"));
        var admin = await scim.CreateUserAsync(body);
        await scim.Team.AcceptInvitationAsync(admin.Id, "admin-password");
        var session = await scim.Team.LoginAsync(body["externalId"]!.GetValue<string>(), "admin-password");

        var create = await scim.Team.TokenApiAsync(HttpMethod.Post, session, Body("admin-password"));

        create.Code.Should().Be(200, create.Body);
    }

    [Fact]
    public async Task Without_a_session_the_token_api_is_refused()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();

        var response = await team.TokenApiAsync(HttpMethod.Post, "not-a-session", Body(team.AdminPassword));

        response.Code.Should().Be(401);
    }

    [Fact]
    public async Task The_list_shows_every_tokens_info_but_never_a_token_value()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        var first = await team.CreateTokenAsync();
        var second = await team.CreateTokenAsync();

        var list = await team.TokenApiAsync(HttpMethod.Get, await team.LoginAsync());

        list.Code.Should().Be(200);
        list.Json.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("id").GetString())
            .Should().BeEquivalentTo([first.Json.GetProperty("info").GetProperty("id").GetString(), second.Json.GetProperty("info").GetProperty("id").GetString()]);
        list.Body.Should().NotContain(first.Json.GetProperty("token").GetString()).And.NotContain(second.Json.GetProperty("token").GetString());
    }

    [Fact]
    public async Task A_deleted_token_is_refused_at_once()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var scim = await team.ScimAsync();
        var id = (await team.TokenApiAsync(HttpMethod.Get, await team.LoginAsync())).Json.GetProperty("tokens")[0].GetProperty("id").GetString();

        var deleted = await team.TokenApiAsync(HttpMethod.Delete, await team.LoginAsync(), query: $"?id={id}");

        deleted.Code.Should().Be(204);
        (await scim.FilterUsersAsync("userName eq \"anyone\"")).ShouldBeScimError(401, null).Detail.Should().Be("authorization failed: Invalid SCIM token");
    }

    [Fact]
    public async Task Deleting_an_unknown_or_foreign_token_id_is_204_and_revokes_nothing()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        var other = await wire.CreateTeamAsync(withIdp: true);
        var theirs = await other.ScimAsync();
        var theirId = (await other.TokenApiAsync(HttpMethod.Get, await other.LoginAsync())).Json.GetProperty("tokens")[0].GetProperty("id").GetString();
        var session = await team.LoginAsync();

        (await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={Guid.NewGuid()}")).Code.Should().Be(204);
        (await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={theirId}")).Code.Should().Be(204);

        (await theirs.FilterUsersAsync("userName eq \"anyone\"")).Code.Should().Be(200);
    }

    [Fact]
    public async Task The_ninth_token_reaches_the_limit_of_eight()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        for (var i = 0; i < 8; i++)
        {
            await team.CreateTokenAsync();
        }

        var ninth = await team.TokenApiAsync(HttpMethod.Post, await team.LoginAsync(), Body(team.AdminPassword));

        ninth.ShouldBeWireError(403, "token-limit-reached").Message.Should().Be("The limit of provisioning tokens per team has been reached");
    }

    [Fact]
    public async Task The_token_limit_is_configurable_and_a_deleted_token_frees_a_slot()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.MaxScimTokensPerTeam = 1);
        var team = await wire.CreateTeamAsync();
        var first = await team.CreateTokenAsync();
        var session = await team.LoginAsync();
        (await team.TokenApiAsync(HttpMethod.Post, session, Body(team.AdminPassword))).ShouldBeWireError(403, "token-limit-reached");

        await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={first.Json.GetProperty("info").GetProperty("id").GetString()}");

        (await team.TokenApiAsync(HttpMethod.Post, session, Body(team.AdminPassword))).Code.Should().Be(200);
    }

    [Fact]
    public async Task A_token_outlives_the_admin_who_created_it()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var scim = await team.ScimAsync();

        await team.DeleteMemberAsync(team.AdminId);

        (await scim.PostUserAsync(UserBodies.SamlMode())).Code.Should().Be(201);
    }
}

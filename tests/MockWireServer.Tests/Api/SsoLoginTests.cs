using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>A SCIM token disables SAML just-in-time provisioning; deleting the last one re-enables it (wire-scim.md §3).</summary>
public sealed class SsoLoginTests
{
    [Fact]
    public async Task Without_tokens_an_unknown_name_id_is_provisioned_just_in_time()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);

        var first = await team.SsoLoginAsync("jit@corp.example");
        var second = await team.SsoLoginAsync("JIT@corp.example");

        first.Code.Should().Be(200);
        first.Json.GetProperty("created").GetBoolean().Should().BeTrue();
        second.Json.GetProperty("created").GetBoolean().Should().BeFalse();
        second.Json.GetProperty("userId").GetString().Should().Be(first.Json.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task While_a_token_exists_an_unknown_name_id_is_refused_with_wires_mobile_error()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        await team.CreateTokenAsync();
        var before = wire.Snapshot();

        var response = await team.SsoLoginAsync("newcomer@corp.example");

        response.ShouldBeWireError(404, "not-found").Message.Should().Be("Could not find SAML credentials, and auto-provisioning is disabled.");
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_scim_provisioned_user_still_logs_in_while_a_token_exists()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var scim = await team.ScimAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "Known@corp.example"));

        var response = await team.SsoLoginAsync("known@CORP.example");

        response.Code.Should().Be(200);
        response.Json.GetProperty("created").GetBoolean().Should().BeFalse();
        response.Json.GetProperty("userId").GetString().Should().Be(created.Id);
    }

    [Fact]
    public async Task Deleting_the_last_token_re_enables_just_in_time_provisioning()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var first = (await team.CreateTokenAsync()).Json.GetProperty("info").GetProperty("id").GetString();
        var second = (await team.CreateTokenAsync()).Json.GetProperty("info").GetProperty("id").GetString();
        var session = await team.LoginAsync();

        await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={first}");
        (await team.SsoLoginAsync("late@corp.example")).Code.Should().Be(404, "one token is left");
        await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={second}");

        (await team.SsoLoginAsync("late@corp.example")).Json.GetProperty("created").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_idp_of_another_team_is_not_found()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var other = await wire.CreateTeamAsync(withIdp: true);

        var response = await team.SsoLoginAsync("someone@corp.example", other.IdpId);

        response.ShouldBeWireError(404, "not-found");
    }
}

using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>Another team's user is indistinguishable from a missing one (wire-scim.md §1.2, §10.4).</summary>
public sealed class TenantIsolationTests
{
    private static async Task<(MockWireHost Wire, ScimClient Owner, ScimClient Stranger, string Id, string Body)> TwoTeamsAsync()
    {
        var wire = await MockWireHost.StartAsync();
        var owner = await wire.SamlModeAsync();
        var stranger = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await owner.CreateUserAsync(body);
        return (wire, owner, stranger, created.Id, body.ToJsonString());
    }

    [Fact]
    public async Task Another_teams_user_is_404_on_get_put_and_patch()
    {
        var (wire, _, stranger, id, body) = await TwoTeamsAsync();
        await using var __ = wire;
        var before = wire.Snapshot();

        var get = await stranger.GetUserAsync(id);
        var put = await stranger.PutUserAsync(id, System.Text.Json.Nodes.JsonNode.Parse(body)!);
        var patch = await stranger.PatchUserAsync(id, PatchOps.Replace("displayName", "Hijacked"));

        foreach (var response in new[] { get, put, patch })
        {
            response.ShouldBeScimError(404, null).Detail.Should().Be($"User {id} not found");
        }

        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task Deleting_another_teams_user_pretends_to_succeed_and_leaves_it_untouched()
    {
        var (wire, owner, stranger, id, _) = await TwoTeamsAsync();
        await using var __ = wire;
        var before = wire.Snapshot();

        (await stranger.DeleteUserAsync(id)).Code.Should().Be(204);

        wire.Snapshot().Should().Be(before);
        (await owner.GetUserAsync(id)).Code.Should().Be(200);
    }

    [Fact]
    public async Task Another_teams_user_is_never_found_by_filter()
    {
        await using var wire = await MockWireHost.StartAsync();
        var owner = await wire.SamlModeAsync();
        var stranger = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        await owner.CreateUserAsync(body);

        (await stranger.FilterUsersAsync($"userName eq \"{body["userName"]}\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(0);
        (await stranger.FilterUsersAsync($"externalId eq \"{body["externalId"]}\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(0);
    }
}

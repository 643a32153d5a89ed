using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>Uniqueness and limits hold under concurrent requests (issue 2, quality bar).</summary>
public sealed class ConcurrencyTests
{
    private const int Parallel = 24;

    [Fact]
    public async Task Of_many_parallel_posts_of_one_user_name_exactly_one_is_created()
    {
        await using var wire = await MockWireHost.StartAsync();
        var teams = new[] { await wire.SamlModeAsync(), await wire.SamlModeAsync() };
        var handle = UserBodies.Handle();

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            teams[i % 2].PostUserAsync(UserBodies.SamlMode().With("userName", handle))));

        responses.Count(r => r.Code == 201).Should().Be(1);
        responses.Where(r => r.Code != 201).Should().AllSatisfy(r => r.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("userName is already taken"));
    }

    [Fact]
    public async Task Of_many_parallel_posts_of_one_external_id_exactly_one_is_created()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            scim.PostUserAsync(UserBodies.SamlMode().With("externalId", i % 2 == 0 ? "race@corp.example" : "RACE@corp.example"))));

        responses.Count(r => r.Code == 201).Should().Be(1);
        responses.Count(r => r.Code == 409).Should().Be(Parallel - 1);
    }

    [Fact]
    public async Task Parallel_token_creation_never_exceeds_the_limit()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync();
        var session = await team.LoginAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            team.TokenApiAsync(HttpMethod.Post, session, new JsonObject { ["description"] = "race", ["password"] = team.AdminPassword })));

        responses.Count(r => r.Code == 200).Should().Be(8);
        responses.Where(r => r.Code != 200).Should().AllSatisfy(r => r.ShouldBeWireError(403, "token-limit-reached"));
        wire.Store.FindTeam(team.TeamId)!.Tokens.Should().HaveCount(8);
    }

    [Fact]
    public async Task Parallel_renames_to_one_handle_leave_exactly_one_holder()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var ids = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add((await scim.CreateUserAsync(UserBodies.SamlMode())).Id);
        }

        var responses = await Task.WhenAll(ids.Select(id => scim.PatchUserAsync(id, PatchOps.Replace("userName", "contested.handle"))));

        responses.Count(r => r.Code == 200).Should().Be(1);
        (await scim.FilterUsersAsync("userName eq \"contested.handle\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Parallel_patches_of_one_user_all_succeed_and_the_last_write_is_consistent()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());
        var names = Enumerable.Range(0, Parallel).Select(i => $"Name {i}").ToList();

        var responses = await Task.WhenAll(names.Select(n => scim.PatchUserAsync(created.Id, PatchOps.Replace("displayName", n))));

        responses.Should().AllSatisfy(r => r.Code.Should().Be(200));
        names.Should().Contain((await scim.GetUserAsync(created.Id)).Json.GetProperty("displayName").GetString());
    }
}

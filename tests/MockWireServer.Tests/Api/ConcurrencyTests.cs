using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>
/// Uniqueness, limits, versions and revocation hold under concurrent requests (issue 2, issue 12). Each race runs
/// <see cref="Rounds"/> times (<c>RACE_ROUNDS</c> raises it) with <see cref="Parallel"/> requests in flight.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Parallel = 24;

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("RACE_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 10;

    [Fact]
    public async Task Of_many_parallel_posts_of_one_user_name_exactly_one_is_created()
    {
        await using var wire = await MockWireHost.StartAsync();
        var teams = new[] { await wire.SamlModeAsync(), await wire.SamlModeAsync() };
        for (var round = 0; round < Rounds; round++)
        {
            var handle = UserBodies.Handle();

            var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
                teams[i % 2].PostUserAsync(UserBodies.SamlMode().With("userName", handle))));

            responses.Count(r => r.Code == 201).Should().Be(1);
            responses.Where(r => r.Code != 201).Should().AllSatisfy(r => r.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("userName is already taken"));
        }
    }

    [Fact]
    public async Task Parallel_puts_and_patches_of_one_user_leave_a_resource_whose_version_matches_its_content_and_indexes()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var body = UserBodies.SamlMode();
            var id = (await scim.CreateUserAsync(body)).Id;
            var handles = Enumerable.Range(0, Parallel).Select(_ => UserBodies.Handle()).ToList();

            // Half replace the user under a new userName (moving the handle index), half patch its displayName.
            var responses = await Task.WhenAll(handles.Select((handle, i) => i % 2 == 0
                ? scim.PutUserAsync(id, body.DeepClone().AsObject().With("userName", handle).With("displayName", $"Put {i}"))
                : scim.PatchUserAsync(id, PatchOps.Replace("displayName", $"Patch {i}"))));

            responses.Should().AllSatisfy(r => r.Code.Should().Be(200, r.Body));
            responses.Should().AllSatisfy(r => VersionMatchesContent(r).Should().BeTrue(r.Body));
            var final = await scim.GetUserAsync(id);
            VersionMatchesContent(final).Should().BeTrue(final.Body);
            responses.Select(r => r.Body).Should().Contain(final.Body, "the stored user is what one of the writers wrote");
            var userName = final.Json.GetProperty("userName").GetString()!;
            foreach (var handle in handles.Append(body["userName"]!.GetValue<string>()))
            {
                var found = (await scim.FilterUsersAsync($"userName eq \"{handle}\"")).Json.GetProperty("totalResults").GetInt32();
                found.Should().Be(handle == userName ? 1 : 0, $"only the final userName {userName} is indexed, not {handle}");
            }
        }
    }

    [Fact]
    public async Task A_deleted_token_refuses_every_request_that_starts_after_the_delete_returned()
    {
        await using var wire = await MockWireHost.StartAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var team = await wire.CreateTeamAsync(withIdp: true);
            var created = await team.CreateTokenAsync();
            var scim = new ScimClient(wire.Http, created.Json.GetProperty("token").GetString()!, team);
            var userId = (await scim.CreateUserAsync(UserBodies.SamlMode())).Id;
            var session = await team.LoginAsync();
            long deleteReturned = long.MaxValue;
            using var stop = new CancellationTokenSource();
            var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                var seen = new List<(long Started, int Code)>();
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    seen.Add((started, (await scim.GetUserAsync(userId)).Code));
                    answered.TrySetResult();
                }

                return seen;
            })).ToList();
            // Some requests must start before the delete, however slowly the workers get going on a busy machine.
            await answered.Task.WaitAsync(TestContext.Current.CancellationToken);
            await Task.Delay(5 + (round % 5), TestContext.Current.CancellationToken);
            (await team.TokenApiAsync(HttpMethod.Delete, session, query: $"?id={created.Json.GetProperty("info").GetProperty("id").GetString()}")).Code.Should().Be(204);
            Interlocked.Exchange(ref deleteReturned, Stopwatch.GetTimestamp());
            await Task.Delay(20, TestContext.Current.CancellationToken);
            await stop.CancelAsync();

            var requests = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
            requests.Where(r => r.Started > deleteReturned).Should().NotBeEmpty().And.AllSatisfy(r => r.Code.Should().Be(401));
            requests.Where(r => r.Started <= deleteReturned).Should().NotBeEmpty().And.AllSatisfy(r => r.Code.Should().BeOneOf(200, 401));
        }
    }

    /// <summary>meta.version is the SHA-256 of the rendered user without meta (spliced in last): recomputed from the body.</summary>
    private static bool VersionMatchesContent(ApiResponse response)
    {
        var metaAt = response.Body.LastIndexOf(",\"meta\":{", StringComparison.Ordinal);
        var content = Encoding.UTF8.GetBytes(response.Body[..metaAt] + "}");
        var expected = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"";
        return response.Json.GetProperty("meta").GetProperty("version").GetString() == expected;
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
        for (var round = 0; round < Rounds; round++)
        {
            var team = await wire.CreateTeamAsync();
            var session = await team.LoginAsync();

            var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
                team.TokenApiAsync(HttpMethod.Post, session, new JsonObject { ["description"] = "race", ["password"] = team.AdminPassword })));

            responses.Count(r => r.Code == 200).Should().Be(8);
            responses.Where(r => r.Code != 200).Should().AllSatisfy(r => r.ShouldBeWireError(403, "token-limit-reached"));
            wire.Store.FindTeam(team.TeamId)!.Tokens.Should().HaveCount(8);
        }
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

using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Reliability;

/// <summary>
/// The runner against the mock with <c>PUT /mock/chaos</c> switched on: rate limits are waited out, server errors and
/// dropped connections fail scenarios readably with the exchange in the report, and cleanup deletes exactly what the
/// run created even when the server misbehaves.
/// </summary>
public sealed class ChaosRunTests
{
    private static async Task<IReadOnlyList<ScenarioResult>> RunAsync(LiveTargetOptions target, string featuresRoot, int parallelism, CancellationToken stop = default)
    {
        await using var live = new LiveTarget(target);
        await using var run = await ConformanceRun.StartAsync(live, new RunSettings { Parallelism = parallelism, Seed = 7 }, cancellationToken: CancellationToken.None);
        return await run.RunAllAsync(FeatureLoader.LoadScenarios(featuresRoot), cancellationToken: stop);
    }

    [Fact]
    public async Task Rate_limited_requests_are_sent_again_after_Retry_After_and_the_run_passes()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("provisioning.feature", ChaosFeatures.Provisioning);
        var spy = new WireSpy();
        await mock.SetChaosAsync("rate-limit=4");

        // One worker, so the request after a 429 on the wire is its retry.
        var results = await RunAsync(mock.LiveTarget(TimeSpan.FromSeconds(10), spy), features.Root, parallelism: 1, TestContext.Current.CancellationToken);

        results.Should().AllSatisfy(r => r.Outcome.Status.Should().Be(ScenarioStatus.Passed, r.Outcome.Message));
        var sent = spy.Sent.OrderBy(s => s.SentAt).ToList();
        var limited = sent.Select((s, i) => (s, i)).Where(x => x.s.Status == 429).ToList();
        limited.Should().NotBeEmpty("4 requests per second is less than the run sends");
        foreach (var (refused, index) in limited)
        {
            var retry = sent[index + 1];
            (retry.Method, retry.PathAndQuery).Should().Be((refused.Method, refused.PathAndQuery), "the next request on the wire is the retry");
            (retry.SentAt - refused.SentAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95), "the mock answers Retry-After: 1");
        }
    }

    [Fact]
    public async Task A_server_error_fails_the_scenario_with_the_500_exchange_in_its_outcome()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("one.feature", ChaosFeatures.OneUser);
        await mock.SetChaosAsync("error-rate=1");

        var result = (await RunAsync(mock.LiveTarget(TimeSpan.FromSeconds(10), new WireSpy()), features.Root, parallelism: 1, TestContext.Current.CancellationToken)).Single();

        result.Outcome.Status.Should().Be(ScenarioStatus.Failed);
        result.Outcome.Message.Should().Contain("Expected status 201, got 500").And.Contain("Chaos: injected server error");
        result.Outcome.Exchanges.Should().Contain(e => e.Method == "POST" && e.Status == 500 && e.ResponseBody.Contains("Chaos"));
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_scenario_saying_so_and_the_exchange_is_recorded_without_an_answer()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("one.feature", ChaosFeatures.OneUser);
        await mock.SetChaosAsync("drop=1");

        var result = (await RunAsync(mock.LiveTarget(TimeSpan.FromSeconds(10), new WireSpy()), features.Root, parallelism: 1, TestContext.Current.CancellationToken)).Single();

        result.Outcome.Status.Should().Be(ScenarioStatus.Failed);
        result.Outcome.Message.Should().Contain("POST").And.Contain("/scim/v2/Users").And.Contain("closed the connection before answering");
        result.Outcome.Exchanges.Should().ContainSingle().Which.Should().Match<HttpExchange>(e => e.Status == 0 && e.NoAnswer!.Contains("dropped connection"));
    }

    [Fact]
    public async Task A_slow_server_times_each_request_out_and_a_stopped_run_ends_promptly_with_the_rest_not_run()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("provisioning.feature", ChaosFeatures.Provisioning);
        await mock.SetChaosAsync("latency=5s");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(3));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var results = await RunAsync(mock.LiveTarget(TimeSpan.FromSeconds(1), new WireSpy()), features.Root, parallelism: 2, stop.Token);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(12), "a 3 s limit, 1 s per request, and cleanup with nothing to delete");
        results.Where(r => r.Outcome.Status == ScenarioStatus.Failed).Should().NotBeEmpty()
            .And.AllSatisfy(r => r.Outcome.Message.Should().Contain("no answer within 1 s"));
        results.Where(r => r.Outcome.Status == ScenarioStatus.Skipped).Should().NotBeEmpty()
            .And.AllSatisfy(r => r.Outcome.WasNotRun.Should().BeTrue());
    }

    [Fact]
    public async Task Under_mixed_chaos_cleanup_deletes_exactly_what_the_run_created_and_the_existing_user_and_token_survive()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("provisioning.feature", ChaosFeatures.Provisioning).With("tokens.feature", ChaosFeatures.Tokens);
        var before = mock.Holdings();
        var spy = new WireSpy();
        await mock.SetChaosAsync("error-rate=0.1,drop=0.05,rate-limit=40,latency=5ms");

        var results = await RunAsync(mock.LiveTarget(TimeSpan.FromSeconds(10), spy), features.Root, parallelism: 3, TestContext.Current.CancellationToken);
        await mock.SetChaosAsync("off");

        spy.Sent.Should().Contain(s => s.Method == "POST" && s.Status == 201, "the run created users, groups and tokens");
        spy.Sent.Should().Contain(s => s.Status == 500 || s.Status == 0, "the chaos reached the run");
        results.Should().AllSatisfy(r => r.Outcome.Status.Should().BeOneOf(ScenarioStatus.Passed, ScenarioStatus.Failed));
        var after = mock.Holdings();
        after.Users.Should().BeEquivalentTo(before.Users, "only the user that existed before the run is left");
        after.Groups.Should().BeEmpty();
        after.Tokens.Should().BeEquivalentTo(before.Tokens, "the operator's and the unused pre-existing token stay, the run's own are gone");
        (await mock.StatusWithTokenAsync(mock.Team.SamlModeToken, $"/scim/v2/Users/{mock.ExistingUserId}")).Should().Be(200);
    }
}

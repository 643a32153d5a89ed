using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Execution;

public sealed class ParallelIsolationTests
{
    [Fact]
    public async Task Scenarios_that_pin_the_same_userName_pass_side_by_side_and_results_keep_the_feature_order()
    {
        // Wire's handles are unique across the whole backend; these rows only pass if each scenario is isolated.
        var rows = string.Join("\n", Enumerable.Range(1, 16).Select(i => $"        | {i} |"));
        using var features = new TemporaryFeatures().With("parallel.feature", $"""
            Feature: parallel
              Scenario Outline: copy <n> creates and finds jane.doe
                Given a team provisioned by SCIM with email invitations
                When the client creates a user with userName "jane.doe"
                Then the user is created
                When the client filters users by userName "jane.doe"
                Then the response lists 1 user

                Examples:
                  | n |
            {rows}
            """);
        var scenarios = FeatureLoader.LoadScenarios(features.Root);
        await using var target = new InMemoryMockTarget();
        await using var run = await ConformanceRun.StartAsync(target, new RunSettings { Parallelism = 8 }, cancellationToken: TestContext.Current.CancellationToken);

        var results = await run.RunAllAsync(scenarios, cancellationToken: TestContext.Current.CancellationToken);

        results.Select(r => r.Scenario).Should().Equal(scenarios);
        results.Where(r => r.Outcome.Status != ScenarioStatus.Passed).Select(r => $"{r.Scenario.DisplayName}: {r.Outcome.Message}").Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_seed_gives_a_scenario_the_same_generated_data()
    {
        using var features = new TemporaryFeatures().With("seeded.feature", """
            Feature: seeded
              Scenario: a user with generated attributes
                Given a team provisioned by SCIM with email invitations
                When the client creates a user with userName "jane.doe"
            """);
        var scenario = FeatureLoader.LoadScenarios(features.Root).Single();

        async Task<string> DisplayNameSentWith(int seed)
        {
            await using var target = new InMemoryMockTarget();
            await using var run = await ConformanceRun.StartAsync(target, new RunSettings { Seed = seed }, cancellationToken: TestContext.Current.CancellationToken);
            var outcome = await run.RunScenarioAsync(scenario);
            var post = outcome.Exchanges.Single(e => e.Method == "POST" && e.Uri.AbsolutePath == "/scim/v2/Users");
            return System.Text.Json.Nodes.JsonNode.Parse(post.RequestBody!)!["displayName"]!.GetValue<string>();
        }

        (await DisplayNameSentWith(42)).Should().Be(await DisplayNameSentWith(42)).And.NotBe(await DisplayNameSentWith(43));
    }
}

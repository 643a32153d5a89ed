using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Execution;

/// <summary>Reqnroll hooks from an added step assembly run, and their failures fail scenarios instead of the run.</summary>
public sealed class HookFailureTests
{
    private static async Task<IReadOnlyList<ScenarioResult>> RunAsync(string gherkin)
    {
        using var features = new TemporaryFeatures().With("hooks.feature", gherkin);
        await using var target = new InMemoryMockTarget();
        var host = new HostServices(AdditionalStepAssemblies: [typeof(FailingHooks).Assembly]);
        await using var run = await ConformanceRun.StartAsync(target, new RunSettings(), host: host, cancellationToken: TestContext.Current.CancellationToken);
        return await run.RunAllAsync(FeatureLoader.LoadScenarios(features.Root), cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_failing_before_feature_hook_fails_each_scenario_of_the_feature_with_its_message()
    {
        var results = await RunAsync("""
            @before-feature-fails
            Feature: broken setup
              Scenario: first
                When the client sends GET "/ServiceProviderConfig" without a token
              Scenario: second
                When the client sends GET "/ServiceProviderConfig" without a token
            """);

        results.Should().HaveCount(2).And.OnlyContain(r => r.Outcome.Status == ScenarioStatus.Failed
            && r.Outcome.Message!.Contains("the feature's setup broke", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_after_scenario_hook_fails_a_scenario_whose_steps_passed()
    {
        var outcome = (await RunAsync("""
            Feature: broken teardown
              @after-scenario-fails
              Scenario: passes, then its teardown breaks
                When the client sends GET "/ServiceProviderConfig" without a token
                Then the response status is 200
            """)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Failed);
        outcome.Message.Should().Contain("the scenario's teardown broke");
    }
}

using ConformanceRunner.Execution;
using ConformanceRunner.Features;

[assembly: AssemblyFixture(typeof(ConformanceRunner.Tests.Suite.MockSuiteFixture))]

namespace ConformanceRunner.Tests.Suite;

/// <summary>Every scenario of features/ as its own test, run by the engine against the in-memory mock.</summary>
public sealed class FeatureSuiteTests(MockSuiteFixture suite)
{
    public static IEnumerable<TheoryDataRow<string>> Scenarios() =>
        FeatureLoader.LoadScenarios(RepositoryPaths.Features).Select(scenario =>
        {
            var row = new TheoryDataRow<string>(scenario.Id) { TestDisplayName = scenario.DisplayName };
            row.WithTrait("feature", scenario.Feature.Uri);
            foreach (var tag in scenario.Tags)
            {
                row.WithTrait("tag", tag);
            }

            return row;
        });

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario(string id)
    {
        var outcome = await suite.Run.RunScenarioAsync(suite.Scenarios[id], stop: TestContext.Current.CancellationToken);

        foreach (var exchange in outcome.Exchanges)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{exchange.Method} {exchange.Uri} -> {exchange.Status} {exchange.ResponseBody}");
        }

        if (outcome.Status == ScenarioStatus.Skipped)
        {
            Assert.Skip(outcome.Message ?? "skipped");
        }

        outcome.Status.Should().Be(ScenarioStatus.Passed, outcome.Message + string.Concat(outcome.Candidates.Select(c => "\n  candidate: " + c)));
    }
}

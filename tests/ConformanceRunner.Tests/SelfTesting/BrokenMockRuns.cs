using ConformanceRunner.Features;
using ConformanceRunner.SelfTesting;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.SelfTesting;

/// <summary>
/// Every fault's tagged scenarios against the mock broken that way, all started at once when the class starts (bounded
/// by the self-test's parallelism), so the tests of <see cref="FaultKillingTests"/> only wait for their own verdict.
/// The faithful run is the feature suite itself.
/// </summary>
public sealed class BrokenMockRuns : IAsyncLifetime
{
    private Task<IReadOnlyList<FaultVerdict>>? _all;

    public IReadOnlyList<ScenarioCase> Scenarios { get; } = FeatureLoader.LoadScenarios(RepositoryPaths.Features);

    public ValueTask InitializeAsync()
    {
        var selfTest = new SelfTest(Scenarios, new SelfTestSettings());
        _all = Task.Run(() => selfTest.RunFaultsAsync(InMemoryMockTarget.Faults));
        return ValueTask.CompletedTask;
    }

    public async Task<FaultVerdict> VerdictAsync(string ruleId) =>
        (await (_all ?? throw new InvalidOperationException("Not started."))).Single(verdict => verdict.Fault.RuleId == ruleId);

    public async ValueTask DisposeAsync()
    {
        if (_all is not null)
        {
            await _all;
        }
    }
}

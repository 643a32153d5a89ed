using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Snapshots;
using ConformanceRunner.Targets;

namespace ConformanceRunner.SelfTesting;

/// <summary>
/// The suite proves itself: every scenario passes against the faithful in-memory mock, and for each fault the mock can
/// inject, at least one scenario tagged with the fault's rule fails against the mock broken in that one way.
/// </summary>
public sealed class SelfTest(IReadOnlyList<ScenarioCase> scenarios, SelfTestSettings settings, HostServices? host = null)
{
    /// <summary>The scenarios that face a fault: those tagged with its rule id (every scenario with <see cref="SelfTestSettings.AllScenarios"/>).</summary>
    public IReadOnlyList<ScenarioCase> ScenariosFor(MockFault fault) =>
        settings.AllScenarios ? scenarios : scenarios.Where(scenario => RuleTags.Of(scenario).Contains(fault.RuleId)).ToList();

    /// <summary>Every scenario against the faithful mock.</summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunBaselineAsync(Action<ScenarioResult>? onResult = null, CancellationToken cancellationToken = default) =>
        await RunAsync(new InMemoryMockTarget(), scenarios, Math.Max(settings.ScenarioParallelism, settings.Parallelism), onResult, cancellationToken);

    /// <summary>Runs the faults on <see cref="SelfTestSettings.Parallelism"/> broken mocks at once; verdicts come back in the order of <paramref name="faults"/>.</summary>
    public async Task<IReadOnlyList<FaultVerdict>> RunFaultsAsync(IReadOnlyList<MockFault> faults, Action<FaultVerdict>? onVerdict = null, CancellationToken cancellationToken = default)
    {
        var verdicts = new FaultVerdict[faults.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, faults.Count), options, async (index, token) =>
        {
            verdicts[index] = await RunFaultAsync(faults[index], token);
            onVerdict?.Invoke(verdicts[index]);
        });
        return verdicts;
    }

    /// <summary>The fault's scenarios against a mock that breaks only the fault's rule.</summary>
    public async Task<FaultVerdict> RunFaultAsync(MockFault fault, CancellationToken cancellationToken = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        var selected = ScenariosFor(fault);
        var results = selected.Count == 0
            ? []
            : await RunAsync(InMemoryMockTarget.Breaking([fault.RuleId]), selected, settings.ScenarioParallelism, onResult: null, cancellationToken);
        return new FaultVerdict(fault, results, TimeProvider.System.GetElapsedTime(started));
    }

    private async Task<IReadOnlyList<ScenarioResult>> RunAsync(
        InMemoryMockTarget target, IReadOnlyList<ScenarioCase> selected, int parallelism, Action<ScenarioResult>? onResult, CancellationToken cancellationToken)
    {
        await using (target)
        {
            // Compare-only snapshots: a broken mock's responses must not land beside the features as received files.
            await using var run = await ConformanceRun.StartAsync(
                target, new RunSettings { Seed = settings.Seed, Parallelism = parallelism }, SnapshotStore.CompareOnly, host, cancellationToken);
            var results = await run.RunAllAsync(selected, onResult, cancellationToken);
            // A stopped run's unrun scenarios would read as a fault that survived.
            cancellationToken.ThrowIfCancellationRequested();
            return results;
        }
    }
}

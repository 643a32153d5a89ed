using ConformanceRunner.Execution;
using ConformanceRunner.Targets;

namespace ConformanceRunner.SelfTesting;

/// <summary>
/// What the suite did against a mock broken in one way: <see cref="Killed"/> when at least one scenario failed,
/// survived when every scenario that ran passed (or none ran): the catalogue has a gap there.
/// </summary>
public sealed record FaultVerdict(MockFault Fault, IReadOnlyList<ScenarioResult> Results, TimeSpan Elapsed)
{
    public bool Killed => Results.Any(result => result.Outcome.IsFailure);

    /// <summary>The scenarios that caught the fault.</summary>
    public IReadOnlyList<ScenarioResult> Killers => Results.Where(result => result.Outcome.IsFailure).ToList();

    public string Label => Killed ? "killed" : "survived";
}

/// <summary>The unbroken mock's run and every fault's verdict; the score is killed faults over all faults.</summary>
public sealed record SelfTestResult(IReadOnlyList<ScenarioResult> Baseline, IReadOnlyList<FaultVerdict> Verdicts, TimeSpan Elapsed)
{
    public int KilledCount => Verdicts.Count(verdict => verdict.Killed);

    public string Score => $"{KilledCount}/{Verdicts.Count}";

    public IReadOnlyList<FaultVerdict> Survivors => Verdicts.Where(verdict => !verdict.Killed).ToList();

    /// <summary>The faithful mock passes every scenario; a failure there makes every kill meaningless.</summary>
    public IReadOnlyList<ScenarioResult> BaselineFailures => Baseline.Where(result => result.Outcome.IsFailure).ToList();

    public bool Passed => BaselineFailures.Count == 0 && Survivors.Count == 0;
}

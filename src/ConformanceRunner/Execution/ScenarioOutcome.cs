using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Execution;

public enum ScenarioStatus
{
    Passed,
    Failed,
    Skipped,

    /// <summary>A step has no binding; the message holds Reqnroll's ready-to-paste snippet.</summary>
    Undefined,

    /// <summary>A step matches more than one binding; <see cref="ScenarioOutcome.Candidates"/> names them.</summary>
    Ambiguous,

    Pending,
}

/// <summary>What became of one scenario, as data the CLI, reports and tests read.</summary>
public sealed record ScenarioOutcome(ScenarioStatus Status, string? Message, IReadOnlyList<string> Candidates, TimeSpan Duration, IReadOnlyList<HttpExchange> Exchanges)
{
    /// <summary>The skip reason of a scenario the run did not get to before it was stopped.</summary>
    public const string NotRunReason = "not run: the run was stopped (--run-timeout reached or cancelled) before this scenario started";

    public bool WasNotRun => Status == ScenarioStatus.Skipped && Message == NotRunReason;

    /// <summary>Where it went wrong: the first step that did not pass, with its line in the feature file.</summary>
    public string? Step { get; init; }

    public bool IsFailure => Status is ScenarioStatus.Failed or ScenarioStatus.Undefined or ScenarioStatus.Ambiguous or ScenarioStatus.Pending;
}

public sealed record ScenarioResult(ScenarioCase Scenario, ScenarioOutcome Outcome);

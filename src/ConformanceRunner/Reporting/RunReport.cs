using ConformanceRunner.Baselines;

namespace ConformanceRunner.Reporting;

/// <summary>A run as our report formats see it, rebuilt from the Cucumber message stream alone.</summary>
public sealed record RunReport(DateTimeOffset StartedAt, TimeSpan Duration, IReadOnlyList<ScenarioReport> Scenarios)
{
    public int Count(string status) => Scenarios.Count(scenario => scenario.Status == status);

    /// <summary>The run classified against its baseline; null when it has none.</summary>
    public BaselineReport? Baseline { get; init; }

    public bool StrictBaseline { get; init; }

    /// <summary>No failure, or with a baseline: no new failure (and with a strict one, nothing fixed or stale).</summary>
    public bool Success => Baseline is { } baseline ? !baseline.FailsRun(StrictBaseline) : Scenarios.All(scenario => !scenario.IsFailure);

    public BaselineState? StateOf(ScenarioReport scenario) => Baseline?.StateOf(scenario.ScenarioId);

    /// <summary>Failures that fail the run: all of them, or with a baseline the new ones.</summary>
    public bool IsNewFailure(ScenarioReport scenario) => scenario.IsFailure && (Baseline is null || StateOf(scenario) == BaselineState.New);

    public RunReport ClassifiedBy(BaselineCheck? check, bool strict) => check is null ? this : this with
    {
        Baseline = check.Classify(Scenarios.Select(s => (s.ScenarioId, s.Verdict))),
        StrictBaseline = strict,
    };
}

/// <summary>One test case: a pickle of a feature and how it ended.</summary>
/// <param name="Status">passed, failed, skipped, undefined, ambiguous or pending (Cucumber's step statuses, lowercase).</param>
/// <param name="Exchanges">Every HTTP exchange of the scenario, redacted, in the order sent.</param>
public sealed record ScenarioReport(
    string Id,
    string FeatureUri,
    string FeatureTitle,
    string? FeatureSource,
    string Name,
    IReadOnlyList<string> ExampleValues,
    IReadOnlyList<string> Tags,
    string Status,
    TimeSpan Duration,
    FailureReport? Failure,
    string? SkipReason,
    IReadOnlyList<string> Exchanges)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    public bool IsFailure => Status is not (Passed or Skipped);

    public ScenarioVerdict Verdict => IsFailure ? ScenarioVerdict.Failed : Status == Skipped ? ScenarioVerdict.Skipped : ScenarioVerdict.Passed;

    /// <summary>The stable id a baseline names the scenario by (the same as <c>list</c> shows).</summary>
    public string ScenarioId => Features.ScenarioId.Of(FeatureUri, Name, ExampleValues);

    /// <summary>The name with an outline row's values, so the rows of one outline tell apart.</summary>
    public string DisplayName => ExampleValues.Count == 0 ? Name : $"{Name} [{string.Join(", ", ExampleValues)}]";

    /// <summary>The rule ids the scenario pins: its dotted tags (<c>@rfc7644.3.3</c>, <c>@wire.handle.unique</c>), without '@'.</summary>
    public IReadOnlyList<string> RuleIds => Tags.Where(tag => tag.Contains('.', StringComparison.Ordinal)).Select(tag => tag.TrimStart('@')).ToList();

    /// <summary>The rule area: the feature's dotted tag (the most general rule id).</summary>
    public string Area => RuleIds.OrderBy(id => id.Length).FirstOrDefault() ?? "(untagged)";

    /// <summary>RFC 2119 level from <c>@must</c>, <c>@should</c>, <c>@may</c>.</summary>
    public string Level => Tags.FirstOrDefault(tag => tag is "@must" or "@should" or "@may")?.TrimStart('@') ?? "unspecified";

    public bool IsDivergence => Tags.Contains("@divergence", StringComparer.OrdinalIgnoreCase);
}

/// <summary>Why a scenario failed: the step, its message, and the exchange it made (or the last one before it), redacted.</summary>
public sealed record FailureReport(string Step, string Message, string? Exchange);

namespace ConformanceRunner.Reporting;

/// <summary>A run as our report formats see it, rebuilt from the Cucumber message stream alone.</summary>
public sealed record RunReport(DateTimeOffset StartedAt, TimeSpan Duration, IReadOnlyList<ScenarioReport> Scenarios)
{
    public int Count(string status) => Scenarios.Count(scenario => scenario.Status == status);

    public bool Success => Scenarios.All(scenario => !scenario.IsFailure);
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

/// <summary>Why a scenario failed: the step, its message, and the exchange it made (or the last one before it).</summary>
public sealed record FailureReport(string Step, string Message, string? Exchange);

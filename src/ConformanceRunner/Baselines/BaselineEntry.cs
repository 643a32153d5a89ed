namespace ConformanceRunner.Baselines;

/// <summary>
/// One accepted failure. <see cref="Id"/>, <see cref="Rules"/> and <see cref="Failure"/> are written by
/// <c>baseline update</c>; <see cref="Reason"/>, <see cref="Issue"/> and <see cref="Expires"/> are for people to fill in
/// and survive later updates.
/// </summary>
/// <param name="Id">The scenario's stable id (<see cref="Features.ScenarioId"/>).</param>
/// <param name="Failure">The failure's first line when the entry was written.</param>
/// <param name="Expires">From this day on the failure counts as new again.</param>
public sealed record BaselineEntry(
    string Id,
    IReadOnlyList<string> Rules,
    string Failure,
    string? Reason = null,
    string? Issue = null,
    DateOnly? Expires = null)
{
    public bool IsExpiredOn(DateOnly today) => Expires is { } expires && expires <= today;

    /// <summary>What a report shows for a known failure: the human reason, else the recorded failure, and the issue.</summary>
    public string Explanation => (string.IsNullOrWhiteSpace(Reason) ? Failure : Reason) + (string.IsNullOrWhiteSpace(Issue) ? "" : $" ({Issue})");
}

namespace ConformanceRunner.Targets;

/// <summary>
/// Makes the names a scenario pins unique to that scenario, so scenarios run in parallel on one server and never touch
/// what they did not create. Wire's handles and emails are unique across the whole backend (wire-scim.md §4), so
/// "jane.doe" in two scenarios, or on a live server that already has a jane.doe, would collide.
/// A name is sent as <c>prefix + name</c>, and the prefix is removed from every response before any assertion or
/// snapshot, so features and snapshots read the same on every target.
/// </summary>
public sealed class ScenarioNames(string prefix)
{
    /// <summary>Lowercase letters, digits and '-' only: valid in a handle, an email local part and a NameID.</summary>
    public string Prefix { get; } = prefix;

    public string Unique(string name) => Prefix + name;

    /// <summary>Whether a name was made by <see cref="Unique"/> for this scenario (servers may have lowercased it).</summary>
    public bool Owns(string name) => name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public string Reveal(string text) => text.Replace(Prefix, "", StringComparison.Ordinal);

    public static ScenarioNames For(string runId, int scenarioNumber) => new($"{runId}s{scenarioNumber}-");
}

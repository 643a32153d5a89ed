namespace ConformanceRunner.Baselines;

/// <summary>Where a scenario stands against the baseline.</summary>
public enum BaselineState
{
    /// <summary>Fails and is not in the baseline, or its entry has expired: fails the run.</summary>
    New,

    /// <summary>Fails and the baseline accepts it: reported, does not fail the run.</summary>
    Known,

    /// <summary>Passes although the baseline lists it: remove it from the baseline.</summary>
    Fixed,
}

/// <summary>How a scenario ended, as far as the baseline cares; a skipped scenario proves nothing either way.</summary>
public enum ScenarioVerdict
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>
/// A run's baseline: its entries, the ids of every scenario the features folder has (to tell a stale entry from one
/// whose scenario merely was not selected) and the day expiry is judged on. The one place failures are classified;
/// the CLI's exit code and every report use it.
/// </summary>
public sealed class BaselineCheck(string path, IReadOnlyList<BaselineEntry> entries, IReadOnlySet<string> catalogueIds, DateOnly today)
{
    private readonly Dictionary<string, BaselineEntry> _entries = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The file it was read from, as the user gave it.</summary>
    public string Path { get; } = path;

    public IReadOnlyList<BaselineEntry> Entries => [.. _entries.Values];

    public DateOnly Today { get; } = today;

    public BaselineEntry? EntryFor(string scenarioId) => _entries.GetValueOrDefault(scenarioId);

    public BaselineReport Classify(IEnumerable<(string Id, ScenarioVerdict Verdict)> scenarios)
    {
        var states = new Dictionary<string, BaselineState>(StringComparer.Ordinal);
        foreach (var (id, verdict) in scenarios)
        {
            var entry = EntryFor(id);
            BaselineState? state = verdict switch
            {
                ScenarioVerdict.Failed => entry is null || entry.IsExpiredOn(Today) ? BaselineState.New : BaselineState.Known,
                ScenarioVerdict.Passed when entry is not null => BaselineState.Fixed,
                _ => null,
            };
            if (state is { } known)
            {
                states[id] = known;
            }
        }

        var stale = _entries.Values.Where(entry => !catalogueIds.Contains(entry.Id)).OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();
        return new BaselineReport(this, states, stale);
    }
}

/// <summary>A run classified against its baseline.</summary>
public sealed record BaselineReport(BaselineCheck Check, IReadOnlyDictionary<string, BaselineState> States, IReadOnlyList<BaselineEntry> Stale)
{
    public BaselineState? StateOf(string scenarioId) => States.TryGetValue(scenarioId, out var state) ? state : null;

    public IReadOnlyList<string> IdsIn(BaselineState state) =>
        States.Where(pair => pair.Value == state).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>A failure whose baseline entry has run out counts as new; reports say so.</summary>
    public bool IsExpired(string scenarioId) => Check.EntryFor(scenarioId) is { } entry && entry.IsExpiredOn(Check.Today) && StateOf(scenarioId) == BaselineState.New;

    /// <summary>New failures fail a run; with a strict baseline, so do fixed and stale entries (the baseline is out of date).</summary>
    public bool FailsRun(bool strict) => IdsIn(BaselineState.New).Count > 0 || (strict && (IdsIn(BaselineState.Fixed).Count > 0 || Stale.Count > 0));

    public string Summary =>
        $"baseline {Check.Path}: {IdsIn(BaselineState.New).Count} new, {IdsIn(BaselineState.Known).Count} known, {IdsIn(BaselineState.Fixed).Count} fixed, {Stale.Count} stale";
}

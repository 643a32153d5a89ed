namespace ConformanceRunner.Snapshots;

/// <summary>
/// Stable placeholders for volatile values, as Verify does: the first id seen becomes <c>Id_1</c>, the same id again is
/// <c>Id_1</c> again, the next one <c>Id_2</c>. Shared by all snapshots of a scenario, so the user created in snapshot 1
/// is recognisably the same <c>Id_1</c> in snapshot 2.
/// </summary>
public sealed class ScrubCounters
{
    private readonly Dictionary<(string Kind, string Value), string> _placeholders = [];
    private readonly Dictionary<string, int> _next = [];
    private readonly Lock _lock = new();

    public string PlaceholderFor(string kind, string value)
    {
        lock (_lock)
        {
            if (!_placeholders.TryGetValue((kind, value), out var placeholder))
            {
                var number = _next[kind] = _next.GetValueOrDefault(kind) + 1;
                placeholder = _placeholders[(kind, value)] = $"{kind}_{number}";
            }

            return placeholder;
        }
    }
}

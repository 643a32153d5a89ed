namespace ConformanceRunner.Steps;

/// <summary>The groups this scenario created, by the displayName the feature gave them, and which one "the group" means.</summary>
public sealed class ScenarioGroups
{
    private readonly Dictionary<string, string> _idsByName = new(StringComparer.Ordinal);
    private string? _currentId;

    public void Remember(string displayName, string id)
    {
        _idsByName[displayName] = id;
        _currentId = id;
    }

    public string CurrentId => _currentId ?? throw new InvalidOperationException("No group has been created in this scenario yet.");

    public string IdOf(string displayName) =>
        _idsByName.TryGetValue(displayName, out var id) ? id : throw new InvalidOperationException($"The scenario has not created a group \"{displayName}\".");
}

namespace ConformanceRunner.Steps;

/// <summary>The users this scenario created, by the userName the feature gave them, and which one "the user" means.</summary>
public sealed class ScenarioUsers
{
    private readonly Dictionary<string, string> _idsByUserName = new(StringComparer.OrdinalIgnoreCase);
    private string? _currentId;

    public void Remember(string userName, string id)
    {
        _idsByUserName[userName] = id;
        _currentId = id;
    }

    /// <summary>The id of the user the scenario created or looked at last.</summary>
    public string CurrentId => _currentId ?? throw new InvalidOperationException("No user has been created in this scenario yet.");

    public string IdOf(string userName) =>
        _idsByUserName.TryGetValue(userName, out var id)
            ? id
            : throw new InvalidOperationException($"The scenario has not created a user \"{userName}\".");
}

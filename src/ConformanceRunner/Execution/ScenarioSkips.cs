using System.Collections.Concurrent;

namespace ConformanceRunner.Execution;

/// <summary>
/// Why each skipped scenario of the run was skipped, by pickle id. Reqnroll's skip carries no reason into the message
/// stream, so the reports read it here; guessing from the tags called a scenario the run-timeout left unrun on the mock
/// "@mock-only: needs the mock's control plane".
/// </summary>
public sealed class ScenarioSkips
{
    private readonly ConcurrentDictionary<string, string> _reasons = new(StringComparer.Ordinal);

    public void Record(string pickleId, string reason) => _reasons[pickleId] = reason;

    public string? ReasonFor(string pickleId) => _reasons.GetValueOrDefault(pickleId);
}

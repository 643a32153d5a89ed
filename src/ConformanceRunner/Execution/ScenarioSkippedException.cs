namespace ConformanceRunner.Execution;

/// <summary>Thrown through Reqnroll's runtime provider when a scenario cannot run on this target.</summary>
public sealed class ScenarioSkippedException(string message) : Exception(message);

/// <summary>Thrown through Reqnroll's runtime provider for a pending or undefined step; the message carries the snippet.</summary>
public sealed class ScenarioPendingException(string message) : Exception(message);

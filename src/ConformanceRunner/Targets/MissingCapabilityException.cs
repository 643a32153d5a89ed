namespace ConformanceRunner.Targets;

/// <summary>
/// The target cannot play this scenario (e.g. a live target given no SAML-mode token): the scenario is skipped with
/// this message, not failed. Reqnroll learns that through the unit-test runtime provider's DetectExecutionStatus.
/// </summary>
public sealed class MissingCapabilityException(string message) : Exception(message);

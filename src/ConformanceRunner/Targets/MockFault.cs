namespace ConformanceRunner.Targets;

/// <summary>A fault the in-memory mock can inject: the rule id it breaks and how, as a buggy server would.</summary>
public sealed record MockFault(string RuleId, string Description);

namespace MockWireServer.Faults;

/// <summary>A way to break one rule, as a plausible buggy server would; switched on by its rule id.</summary>
public sealed record RuleFault(string RuleId, string Description);

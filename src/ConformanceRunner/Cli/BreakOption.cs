using System.CommandLine;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>--break rule,rule</c>: run or serve the embedded mock with those rules' faults switched on.</summary>
internal static class BreakOption
{
    public static Option<string[]> Create(string name, string description) =>
        new(name) { Description = description, HelpName = "ruleId,…", AllowMultipleArgumentsPerToken = true };

    /// <summary>The rule ids given, each one a fault the mock knows; empty when the option is absent.</summary>
    public static IReadOnlyList<string> RuleIds(ParseResult parse, Option<string[]> option)
    {
        var ids = (parse.GetValue(option) ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = ids.Where(id => InMemoryMockTarget.Faults.All(fault => fault.RuleId != id)).ToList();
        return unknown.Count == 0
            ? ids
            : throw new UserError($"{option.Name}: no fault for {string.Join(", ", unknown)}; the mock's faults are {string.Join(", ", InMemoryMockTarget.Faults.Select(f => f.RuleId))}.");
    }
}

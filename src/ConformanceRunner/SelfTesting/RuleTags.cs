using ConformanceRunner.Features;

namespace ConformanceRunner.SelfTesting;

/// <summary>
/// The rule ids a scenario is tagged with: its <c>@wire.…</c> and <c>@rfc7644.…</c> tags without the '@'. A fault of
/// the mock breaks the rule with the same id, so these tags choose the scenarios that must catch it.
/// </summary>
public static class RuleTags
{
    public static IReadOnlySet<string> Of(ScenarioCase scenario) =>
        scenario.Tags.Where(IsRuleTag).Select(tag => tag.TrimStart('@')).ToHashSet(StringComparer.Ordinal);

    public static bool IsRuleTag(string tag) =>
        tag.StartsWith("@wire.", StringComparison.Ordinal) || tag.StartsWith("@rfc7644.", StringComparison.Ordinal);
}

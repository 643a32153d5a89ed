using ConformanceRunner.Features;

namespace ConformanceRunner.SelfTesting;

/// <summary>
/// The rule ids a scenario is tagged with: its <c>@wire.…</c> and <c>@rfc7644.…</c> tags without the '@', each
/// normalised to the rule id of the mock's fault that breaks it. These choose the scenarios that must catch a fault.
/// </summary>
/// <remarks>
/// A tag written only on a feature (<c>@wire.handle</c>, <c>@rfc7644.3</c>) is the rule <em>area</em>, not a rule: the
/// feature's scenarios carry their own rule ids. A rule id that restates a rule with a fault from another angle (the
/// setup guide's wording) is mapped to it by <see cref="Aliases"/>.
/// </remarks>
public static class RuleTags
{
    /// <summary>Rule ids that name the same behaviour as another rule, and the rule id whose fault breaks it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wire.invite.email-required"] = "wire.externalid.required",
    };

    /// <summary>Every rule id the scenario is tagged with, inherited ones included, normalised.</summary>
    public static IReadOnlySet<string> Of(ScenarioCase scenario) => Normalise(scenario.Tags);

    /// <summary>The rule ids written on the scenario itself (its rule and examples), not inherited from the feature.</summary>
    public static IReadOnlySet<string> WrittenOn(ScenarioCase scenario) =>
        Normalise(scenario.Scenario.Tags.Select(tag => tag.Name).Concat(scenario.Rule?.Tags.Select(tag => tag.Name) ?? []).Concat(scenario.ExampleTags));

    public static bool IsRuleTag(string tag) =>
        tag.StartsWith("@wire.", StringComparison.Ordinal) || tag.StartsWith("@rfc7644.", StringComparison.Ordinal);

    private static HashSet<string> Normalise(IEnumerable<string> tags) =>
        tags.Where(IsRuleTag)
            .Select(tag => tag.TrimStart('@'))
            .Select(id => Aliases.GetValueOrDefault(id, id))
            .ToHashSet(StringComparer.Ordinal);
}

using ConformanceRunner.Features;
using ConformanceRunner.SelfTesting;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.SelfTesting;

/// <summary>
/// Both directions between the catalogue's rule tags and the mock's faults. A rule id is a <c>@wire.…</c> or
/// <c>@rfc7644.…</c> tag written on a scenario (or its rule or examples), normalised by <see cref="RuleTags"/>; a tag
/// written only on a feature is the rule area and needs no fault of its own.
/// </summary>
public sealed class RuleCoverageTests
{
    /// <summary>
    /// Rules the mock cannot break yet, each with why. The self-test proves nothing about them; shrink this list.
    /// wire.ignored-attributes: the parser drops unknown attributes before any rule code sees them.
    /// </summary>
    private static readonly string[] RulesWithoutFault = ["wire.ignored-attributes"];

    private static readonly IReadOnlyList<ScenarioCase> Scenarios = FeatureLoader.LoadScenarios(RepositoryPaths.Features);

    private static IEnumerable<string> FaultRuleIds => InMemoryMockTarget.Faults.Select(fault => fault.RuleId);

    [Fact]
    public void Every_rule_tagged_on_a_scenario_has_a_fault_of_the_mock()
    {
        var ruleIds = Scenarios.SelectMany(RuleTags.WrittenOn).Distinct().Order(StringComparer.Ordinal).ToList();

        ruleIds.Except(FaultRuleIds).Should().BeEquivalentTo(RulesWithoutFault,
            "every rule a scenario is tagged with needs a fault in src/MockWireServer/Faults/FaultCatalogue.cs (or an alias in RuleTags), so that the self-test proves a scenario catches it");
    }

    [Fact]
    public void Every_fault_of_the_mock_has_a_scenario_tagged_with_its_rule()
    {
        var tagged = Scenarios.SelectMany(RuleTags.Of).ToHashSet(StringComparer.Ordinal);

        FaultRuleIds.Where(id => !tagged.Contains(id)).Should().BeEmpty("a fault whose rule no scenario is tagged with always survives");
    }

    [Fact]
    public void Aliases_name_rules_that_have_a_fault_and_are_not_faults_themselves()
    {
        RuleTags.Aliases.Values.Should().BeSubsetOf(FaultRuleIds);
        RuleTags.Aliases.Keys.Should().NotIntersectWith(FaultRuleIds);
    }

    [Fact]
    public void A_rule_without_a_fault_is_listed_only_while_it_has_none()
    {
        RulesWithoutFault.Should().NotIntersectWith(FaultRuleIds, "remove a rule from RulesWithoutFault once the mock can break it");
    }
}

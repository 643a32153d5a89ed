using System.Collections.Specialized;
using System.Globalization;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace ConformanceRunner.Features;

/// <summary>Builds Reqnroll's FeatureInfo, ScenarioInfo and RuleInfo the way its generated test classes do.</summary>
public static class ReqnrollInfos
{
    public static FeatureInfo Feature(FeatureDocument feature) =>
        new(
            CultureInfo.GetCultureInfo(feature.Feature.Language),
            feature.FolderPath,
            feature.Title,
            feature.Feature.Description,
            ProgrammingLanguage.CSharp,
            WithoutAt(feature.Feature.Tags),
            new FeatureMessages(feature));

    public static ScenarioInfo Scenario(ScenarioCase scenario)
    {
        // Generated code passes the outline's own title (not the expanded pickle name) and the row values as arguments.
        var arguments = new OrderedDictionary();
        foreach (var (name, value) in scenario.ExampleValues)
        {
            arguments[name] = value;
        }

        var directTags = WithoutAt(scenario.Scenario.Tags).Concat(scenario.ExampleTags.Select(TrimAt)).ToArray();
        var inheritedTags = WithoutAt(scenario.Feature.Feature.Tags).Concat(WithoutAt(scenario.Rule?.Tags ?? [])).ToArray();
        return new ScenarioInfo(
            scenario.Scenario.Name,
            scenario.Scenario.Description,
            directTags,
            arguments,
            inheritedTags,
            scenario.PickleIndex.ToString(CultureInfo.InvariantCulture));
    }

    public static RuleInfo? Rule(ScenarioCase scenario) =>
        scenario.Rule is { } rule ? new RuleInfo(rule.Name, rule.Description, WithoutAt(rule.Tags)) : null;

    private static string[] WithoutAt(IEnumerable<Tag> tags) => tags.Select(tag => TrimAt(tag.Name)).ToArray();

    private static string TrimAt(string tag) => tag.TrimStart('@');
}

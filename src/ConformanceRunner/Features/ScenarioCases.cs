using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Features;

/// <summary>Pairs each pickle of a feature with the Scenario, Rule and Examples row it was compiled from.</summary>
public static class ScenarioCases
{
    public static IReadOnlyList<ScenarioCase> Of(FeatureDocument feature)
    {
        var scenarios = new Dictionary<string, (Scenario Scenario, Rule? Rule)>();
        var rows = new Dictionary<string, (Examples Examples, TableRow Row)>();
        foreach (var child in feature.Feature.Children)
        {
            if (child.Scenario is { } scenario)
            {
                Index(scenario, null);
            }

            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                if (ruleChild.Scenario is { } ruleScenario)
                {
                    Index(ruleScenario, child.Rule);
                }
            }
        }

        return feature.Pickles.Select((pickle, index) => ToCase(feature, pickle, index, scenarios, rows)).ToList();

        void Index(Scenario scenario, Rule? rule)
        {
            scenarios[scenario.Id] = (scenario, rule);
            foreach (var examples in scenario.Examples)
            {
                foreach (var row in examples.TableBody)
                {
                    rows[row.Id] = (examples, row);
                }
            }
        }
    }

    private static ScenarioCase ToCase(
        FeatureDocument feature,
        Pickle pickle,
        int index,
        Dictionary<string, (Scenario Scenario, Rule? Rule)> scenarios,
        Dictionary<string, (Examples Examples, TableRow Row)> rows)
    {
        // A pickle's first AST node is its scenario; an outline's pickle also names the Examples row.
        var (scenario, rule) = scenarios[pickle.AstNodeIds[0]];
        var values = new List<KeyValuePair<string, string>>();
        var exampleTags = new List<string>();
        if (pickle.AstNodeIds.Count > 1 && rows.TryGetValue(pickle.AstNodeIds[1], out var example))
        {
            var header = example.Examples.TableHeader?.Cells ?? [];
            values.AddRange(header.Zip(example.Row.Cells, (h, c) => new KeyValuePair<string, string>(h.Value, c.Value)));
            exampleTags.AddRange(example.Examples.Tags.Select(tag => tag.Name));
        }

        return new ScenarioCase(feature, pickle, index, scenario, rule, values, exampleTags);
    }
}

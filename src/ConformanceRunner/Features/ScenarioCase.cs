using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Features;

/// <summary>
/// One executable scenario: a pickle (outline row expanded, Background merged, tags inherited)
/// with the Gherkin nodes it came from, which Reqnroll's ScenarioInfo and RuleInfo need.
/// </summary>
public sealed record ScenarioCase(
    FeatureDocument Feature,
    Pickle Pickle,
    int PickleIndex,
    Scenario Scenario,
    Rule? Rule,
    IReadOnlyList<KeyValuePair<string, string>> ExampleValues,
    IReadOnlyList<string> ExampleTags)
{
    public string Name => Pickle.Name;

    /// <summary>Tags as written, with '@', including those inherited from the feature, rule and examples.</summary>
    public IReadOnlyList<string> Tags => Pickle.Tags.Select(tag => tag.Name).ToList();

    /// <summary>Stable across runs, edits elsewhere in the file, parallelism and shards; see <see cref="ScenarioId"/>.</summary>
    public string Id => ScenarioId.Of(Feature.Uri, Name, ExampleValues.Select(pair => pair.Value).ToList());

    /// <summary>Feature and scenario, with an outline row's values so the rows of one outline tell apart.</summary>
    public string DisplayName => ExampleValues.Count == 0
        ? $"{Feature.Title} / {Name}"
        : $"{Feature.Title} / {Name} [{string.Join(", ", ExampleValues.Select(pair => pair.Value))}]";

    public override string ToString() => DisplayName;
}

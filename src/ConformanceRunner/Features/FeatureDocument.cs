using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Features;

/// <summary>One parsed feature file: its source text, the Gherkin document and the pickles compiled from it.</summary>
/// <param name="FilePath">Absolute path of the .feature file.</param>
/// <param name="Uri">Path relative to the features root, with forward slashes (the Cucumber Messages uri).</param>
public sealed record FeatureDocument(string FilePath, string Uri, Source Source, GherkinDocument Document, IReadOnlyList<Pickle> Pickles)
{
    private readonly Lazy<IReadOnlyDictionary<string, Step>> _stepsById = new(() => IndexSteps(Document.Feature));

    public Feature Feature => Document.Feature;

    public string Title => Feature.Name;

    /// <summary>The folder of the feature relative to the features root ("" at the root).</summary>
    public string FolderPath => Path.GetDirectoryName(Uri)?.Replace('\\', '/') ?? "";

    /// <summary>File name without ".feature"; snapshot files are named after it.</summary>
    public string FileStem => Path.GetFileNameWithoutExtension(FilePath);

    /// <summary>The Gherkin step behind a pickle step (pickles drop the keyword: "And", "But", "Given"…).</summary>
    public Step StepOf(PickleStep pickleStep) => _stepsById.Value[pickleStep.AstNodeIds[0]];

    private static Dictionary<string, Step> IndexSteps(Feature feature)
    {
        var steps = new Dictionary<string, Step>();
        foreach (var child in feature.Children)
        {
            var ruleChildren = child.Rule?.Children ?? [];
            var containers = new[] { child.Background?.Steps, child.Scenario?.Steps }
                .Concat(ruleChildren.Select(rc => rc.Background?.Steps))
                .Concat(ruleChildren.Select(rc => rc.Scenario?.Steps));
            foreach (var step in containers.SelectMany(list => list ?? []))
            {
                steps[step.Id] = step;
            }
        }

        return steps;
    }
}

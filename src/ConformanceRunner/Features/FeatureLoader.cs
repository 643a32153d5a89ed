namespace ConformanceRunner.Features;

/// <summary>Loads every <c>**/*.feature</c> under a folder, in a stable (ordinal path) order.</summary>
public static class FeatureLoader
{
    public static IReadOnlyList<FeatureDocument> LoadFolder(string featuresRoot)
    {
        var root = Path.GetFullPath(featuresRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No features folder at {root}");
        }

        return Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Select(path => (path, uri: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(file => file.uri, StringComparer.Ordinal)
            .Select(file => FeatureParser.Parse(file.path, file.uri))
            .ToList();
    }

    public static IReadOnlyList<ScenarioCase> LoadScenarios(string featuresRoot, TagExpression? filter = null) =>
        LoadFolder(featuresRoot)
            .SelectMany(ScenarioCases.Of)
            .Where(scenario => filter is null || filter.Matches(scenario.Tags))
            .ToList();
}

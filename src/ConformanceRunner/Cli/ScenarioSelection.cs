using System.Text.RegularExpressions;
using ConformanceRunner.Features;
using Gherkin;

namespace ConformanceRunner.Cli;

/// <summary>Which scenarios a command works on: a features folder, a tag expression, feature globs and a CI shard.</summary>
internal sealed record ScenarioSelection(string FeaturesRoot, string? Tags, IReadOnlyList<string> FeatureGlobs, Shard? Shard)
{
    /// <summary>The features folder: the one given, else ./features, else the one the installed tool carries.</summary>
    public static string ResolveFeaturesRoot(string? given)
    {
        if (given is not null)
        {
            return Directory.Exists(given) ? given : throw new UserError($"No features folder at {Path.GetFullPath(given)}: check --features.");
        }

        return Directory.Exists("features") ? "features" : Path.Combine(AppContext.BaseDirectory, "features");
    }

    public IReadOnlyList<ScenarioCase> Load()
    {
        TagExpression? filter;
        try
        {
            filter = Tags is null ? null : TagExpression.Parse(Tags);
        }
        catch (FormatException exception)
        {
            throw new UserError($"--tags: {exception.Message}");
        }

        IReadOnlyList<ScenarioCase> scenarios;
        try
        {
            scenarios = FeatureLoader.LoadScenarios(FeaturesRoot, filter);
        }
        catch (ParserException)
        {
            throw new UserError(Unparsable(FeaturesRoot));
        }

        var globs = FeatureGlobs.Select(Glob).ToList();
        var selected = scenarios
            .Where(scenario => globs.Count == 0 || globs.Any(glob => glob.IsMatch(scenario.Feature.Uri) || glob.IsMatch(Path.GetFileName(scenario.Feature.Uri))))
            .OrderBy(scenario => scenario.Id, StringComparer.Ordinal)
            .ToList();
        return Shard is { } shard ? shard.Take(selected) : selected;
    }

    /// <summary>Names the first feature file that does not parse, and where (the loader's exception does not say which file).</summary>
    private static string Unparsable(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                new Parser().Parse(new StringReader(File.ReadAllText(file)));
            }
            catch (ParserException exception)
            {
                var first = exception is CompositeParserException composite ? composite.Errors.First() : exception;
                return $"{Path.GetRelativePath(Directory.GetCurrentDirectory(), file)} {first.Message} (fix the feature file)";
            }
        }

        return "A feature does not parse (fix the feature file)";
    }

    /// <summary>A glob over paths relative to the features folder: <c>*</c> within a folder, <c>**</c> across folders.</summary>
    private static Regex Glob(string pattern)
    {
        var regex = Regex.Escape(pattern.Replace('\\', '/').TrimStart('.', '/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{regex}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

/// <summary>Shard <c>i/n</c> of a CI matrix: every n-th scenario of the ordered selection, so shards are disjoint, cover all, and balance.</summary>
internal sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count >= 1 && index >= 1 && index <= count
            ? new Shard(index, count)
            : throw new UserError($"--shard '{text}' must be i/n with 1 <= i <= n, e.g. --shard 2/4");
    }

    public IReadOnlyList<ScenarioCase> Take(IReadOnlyList<ScenarioCase> ordered) =>
        ordered.Where((_, position) => position % Count == Index - 1).ToList();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Features;

namespace ConformanceRunner.Cli;

/// <summary><c>list --profiles</c>: each profile with how many scenarios of the features folder it selects.</summary>
internal static class ProfileList
{
    public static void Print(TextWriter output, IReadOnlyList<ScenarioProfile> profiles, string featuresRoot, bool json)
    {
        var scenarios = FeatureLoader.LoadScenarios(featuresRoot);
        var counted = profiles.Select(profile => (profile, count: Count(profile, scenarios))).ToList();
        if (json)
        {
            output.WriteLine(new JsonArray(counted.Select(p => (JsonNode?)new JsonObject
            {
                ["name"] = p.profile.Name,
                ["tags"] = p.profile.Tags,
                ["purpose"] = p.profile.Purpose,
                ["scenarios"] = p.count,
            }).ToArray()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        var width = counted.Max(p => p.profile.Name.Length);
        foreach (var (profile, count) in counted)
        {
            output.WriteLine($"{profile.Name.PadRight(width)}  {count,4} scenarios  {profile.Purpose}");
            output.WriteLine($"{new string(' ', width + 17)}{(profile.Tags.Trim().Length == 0 ? "(every scenario)" : profile.Tags)}");
        }
    }

    public static int Count(ScenarioProfile profile, IReadOnlyList<ScenarioCase> scenarios)
    {
        var expression = profile.CombinedWith(null) is { } tags ? TagExpression.Parse(tags) : null;
        return scenarios.Count(scenario => expression is null || expression.Matches(scenario.Tags));
    }
}

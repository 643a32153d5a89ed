using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Features;

/// <summary>A named selection of scenarios: a tag expression with a one-line purpose (<c>core</c>, <c>edge</c>, <c>wire</c>…).</summary>
/// <param name="Tags">A Cucumber tag expression; empty selects every scenario.</param>
public sealed record ScenarioProfile(string Name, string Tags, string Purpose)
{
    public const string FileName = "profiles.json";

    /// <summary>
    /// The profiles shipped with the tool (embedded <c>features/profiles.json</c>), then those of each file given, in
    /// order; a later profile of the same name replaces an earlier one, keeping its place in the list.
    /// </summary>
    public static IReadOnlyList<ScenarioProfile> Load(IEnumerable<string> files)
    {
        using var shipped = typeof(ScenarioProfile).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException("The tool's profiles.json resource is missing.");
        var profiles = Parse(JsonNode.Parse(shipped), "the tool's profiles.json").ToList();
        foreach (var file in files)
        {
            JsonNode? json;
            try
            {
                json = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (JsonException exception)
            {
                throw new FormatException($"{file} is not valid JSON: {exception.Message}", exception);
            }

            foreach (var profile in Parse(json, file))
            {
                var index = profiles.FindIndex(p => p.Name.Equals(profile.Name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    profiles[index] = profile;
                }
                else
                {
                    profiles.Add(profile);
                }
            }
        }

        return profiles;
    }

    /// <summary>The profile's expression and an extra <c>--tags</c> expression, both of which a scenario must match.</summary>
    public string? CombinedWith(string? tags) => (Tags.Trim(), tags?.Trim()) switch
    {
        ("", var extra) => string.IsNullOrEmpty(extra) ? null : extra,
        (var own, null or "") => own,
        (var own, var extra) => $"({own}) and ({extra})",
    };

    private static IEnumerable<ScenarioProfile> Parse(JsonNode? json, string source)
    {
        var profiles = json?["profiles"] as JsonArray ?? throw new FormatException($"{source} has no \"profiles\" array.");
        foreach (var node in profiles)
        {
            var name = node?["name"]?.GetValue<string>();
            var tags = node?["tags"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(name) || tags is null)
            {
                throw new FormatException($"{source}: every profile needs a \"name\" and a \"tags\" expression.");
            }

            if (tags.Trim().Length > 0)
            {
                try
                {
                    TagExpression.Parse(tags);
                }
                catch (FormatException exception)
                {
                    throw new FormatException($"{source}: profile '{name}': {exception.Message}", exception);
                }
            }

            yield return new ScenarioProfile(name, tags, node?["purpose"]?.GetValue<string>() ?? "");
        }
    }
}

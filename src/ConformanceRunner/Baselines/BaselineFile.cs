using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Baselines;

/// <summary>
/// <c>conformance-baseline.json</c>: the accepted failures, meant to be committed and reviewed. Entries are sorted by id,
/// one block each with every member on its own line, so a diff shows exactly which failure came or went.
/// </summary>
public static class BaselineFile
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<BaselineEntry> Read(string path)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{path} is not valid JSON: {exception.Message}", exception);
        }

        var entries = json?["entries"] as JsonArray ?? throw new FormatException($"{path} has no \"entries\" array.");
        return entries.Select(entry => Entry(entry, path)).ToList();
    }

    public static void Write(string path, IEnumerable<BaselineEntry> entries)
    {
        var array = new JsonArray(entries.OrderBy(entry => entry.Id, StringComparer.Ordinal).Select(entry => (JsonNode?)new JsonObject
        {
            ["id"] = entry.Id,
            ["rules"] = new JsonArray(entry.Rules.Select(rule => (JsonNode?)JsonValue.Create(rule)).ToArray()),
            ["failure"] = entry.Failure,
            ["reason"] = entry.Reason ?? "",
            ["issue"] = entry.Issue ?? "",
            ["expires"] = entry.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToArray());
        var json = new JsonObject
        {
            ["$comment"] = "Accepted failures of scim-conformance. Fill in reason, issue and (optionally) expires (yyyy-MM-dd); `scim-conformance baseline update` keeps them.",
            ["version"] = Version,
            ["entries"] = array,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, json.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
    }

    private static BaselineEntry Entry(JsonNode? node, string path)
    {
        var id = node?["id"]?.GetValue<string>() ?? throw new FormatException($"{path}: an entry has no \"id\".");
        var expires = Text(node, "expires") is { } date
            ? DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new FormatException($"{path}: \"expires\" of '{id}' must be yyyy-MM-dd, not '{date}'.")
            : (DateOnly?)null;
        var rules = (node!["rules"] as JsonArray ?? []).Select(rule => rule?.GetValue<string>()).OfType<string>().ToList();
        return new BaselineEntry(id, rules, Text(node, "failure") ?? "", Text(node, "reason"), Text(node, "issue"), expires);
    }

    private static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Snapshots;

/// <summary>
/// The form snapshots are written and compared in: object keys sorted, and arrays sorted by their elements' canonical
/// text, because SCIM's multi-valued attributes (and Wire's lists) are unordered: an array compares as a set.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keep '<', '>', '&', '+' and non-ASCII readable in approved files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode? Canonicalize(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonicalize(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Canonicalize).OrderBy(item => item?.ToJsonString(Compact) ?? "null", StringComparer.Ordinal).ToArray()),
        _ => node?.DeepClone(),
    };

    public static string ToText(JsonNode? node) => (Canonicalize(node)?.ToJsonString(Indented) ?? "null").ReplaceLineEndings("\n") + "\n";

    public static bool AreEquivalent(JsonNode? left, JsonNode? right) => ToText(left) == ToText(right);
}

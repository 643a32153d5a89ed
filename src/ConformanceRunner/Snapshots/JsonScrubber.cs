using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConformanceRunner.Snapshots;

/// <summary>
/// Replaces the values that differ between runs and targets with stable placeholders: ids (UUIDs), timestamps,
/// <c>meta.version</c>, tokens, generated data, and the scheme and host of the server's SCIM URLs (so a snapshot taken
/// on the in-memory mock verifies a live server too).
/// </summary>
public sealed partial class JsonScrubber(ScrubCounters counters, IEnumerable<string> generatedValues)
{
    // Longest first, so a generated value containing another one is replaced whole.
    private readonly List<string> _generated = generatedValues.Where(v => v.Length > 0).Distinct().OrderByDescending(v => v.Length).ToList();

    public JsonNode? Scrub(JsonNode? node, string? key = null) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Scrub(p.Value, p.Key)))),
        JsonArray array => new JsonArray(array.Select(item => Scrub(item, key)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(ScrubString(text, key)),
        _ => node?.DeepClone(),
    };

    public string ScrubString(string text, string? key = null)
    {
        if (key is "version" || WeakETag().IsMatch(text))
        {
            return counters.PlaceholderFor("Version", text);
        }

        if (key is "token" || key is "access_token" || ScimToken().IsMatch(text))
        {
            return counters.PlaceholderFor("Token", text);
        }

        if (Timestamp().IsMatch(text))
        {
            return counters.PlaceholderFor("Timestamp", text);
        }

        foreach (var generated in _generated.Where(generated => text.Contains(generated, StringComparison.Ordinal)))
        {
            text = text.Replace(generated, counters.PlaceholderFor("Generated", generated), StringComparison.Ordinal);
        }

        text = Uuid().Replace(text, match => counters.PlaceholderFor("Id", match.Value.ToLowerInvariant()));
        return Origin().Replace(text, "{origin}");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Timestamp();

    [GeneratedRegex("^W/\".*\"$")]
    private static partial Regex WeakETag();

    // Wire's SCIM tokens: base64 of 32 random bytes (wire-scim.md §2.1).
    [GeneratedRegex("^[A-Za-z0-9+/]{43}=$")]
    private static partial Regex ScimToken();

    // Only the origin of the server's own SCIM URLs (meta.location, $ref): it differs per target, while an external
    // link (the RFC URLs in /ServiceProviderConfig) is content worth pinning.
    [GeneratedRegex(@"^https?://[^/\s""]+(?=(/[^/\s""]+)*/scim(/|$))")]
    private static partial Regex Origin();
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Steps;

/// <summary>
/// The small path language of the steps: dotted names with array indexes, <c>meta.location</c>, <c>emails[0].value</c>,
/// <c>Resources[0].userName</c>. A segment in brackets and quotes takes a name with dots: <c>["urn:…:wire:1.0:User"].x</c>.
/// </summary>
public static class JsonPath
{
    public static JsonNode? Select(JsonNode? root, string path)
    {
        var current = root;
        foreach (var segment in Segments(path))
        {
            var (name, index) = ParseSegment(segment);
            if (name.Length > 0)
            {
                current = current is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            }

            if (index is { } i)
            {
                current = current is JsonArray array && i < array.Count ? array[i] : null;
            }

            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static bool Exists(JsonNode? root, string path) => Select(root, path) is not null;

    public static (string Name, int? Index) ParseSegment(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !segment.EndsWith(']'))
        {
            return (segment, null);
        }

        var index = int.Parse(segment[(open + 1)..^1], CultureInfo.InvariantCulture);
        return (segment[..open], index);
    }

    private static IEnumerable<string> Segments(string path)
    {
        var rest = path;
        while (rest.Length > 0)
        {
            if (rest.StartsWith("[\"", StringComparison.Ordinal))
            {
                var close = rest.IndexOf("\"]", StringComparison.Ordinal);
                yield return rest[2..close];
                rest = rest[(close + 2)..].TrimStart('.');
                continue;
            }

            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            yield return dot < 0 ? rest : rest[..dot];
            rest = dot < 0 ? "" : rest[(dot + 1)..];
        }
    }
}

using MockWireServer.Scim.Filtering;

namespace MockWireServer.Scim.Patching;

/// <summary>
/// A PATCH path as hscim parses it: an optional schema URN, an attribute, an optional sub-attribute, or a value path
/// <c>attr[filter]</c> optionally followed by <c>.sub</c>.
/// </summary>
public sealed record PatchPath(string? Schema, string Attribute, string? SubAttribute, AttributeFilter? ValueFilter)
{
    public bool IsValuePath => ValueFilter is not null;

    public static PatchPath? Parse(string text)
    {
        var path = text.Trim();
        string? schema = null;
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var head = bracket >= 0 ? path[..bracket] : path;
        if (head.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var lastColon = head.LastIndexOf(':');
            schema = head[..lastColon];
            path = path[(lastColon + 1)..];
            bracket = path.IndexOf('[', StringComparison.Ordinal);
        }

        if (bracket < 0)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            var attribute = dot >= 0 ? path[..dot] : path;
            var sub = dot >= 0 ? path[(dot + 1)..] : null;
            return IsName(attribute) && (sub is null || IsName(sub)) ? new PatchPath(schema, attribute, sub, null) : null;
        }

        var close = path.LastIndexOf(']');
        if (close < bracket)
        {
            return null;
        }

        var valueAttribute = path[..bracket];
        var (filter, _) = AttributeFilter.Parse(path[(bracket + 1)..close]);
        var tail = path[(close + 1)..];
        string? subAttribute = null;
        if (tail.Length > 0)
        {
            if (!tail.StartsWith('.') || !IsName(tail[1..]))
            {
                return null;
            }

            subAttribute = tail[1..];
        }

        return filter is not null && IsName(valueAttribute) ? new PatchPath(schema, valueAttribute, subAttribute, filter) : null;
    }

    private static bool IsName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

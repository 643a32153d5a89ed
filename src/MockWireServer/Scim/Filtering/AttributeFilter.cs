using System.Text.Json;

namespace MockWireServer.Scim.Filtering;

public enum FilterValueKind
{
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>One comparison <c>attrPath op value</c>: the only filter form hscim parses (wire-scim.md §10.1).</summary>
public sealed record AttributeFilter(string? Schema, string Attribute, string? SubAttribute, string Operator, FilterValueKind Kind, string? Value)
{
    private static readonly string[] Operators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

    /// <summary>Parses a single comparison; <c>and</c>, <c>or</c>, <c>not</c>, parentheses and <c>pr</c> do not parse in hscim.</summary>
    public static (AttributeFilter? Filter, string? Error) Parse(string text)
    {
        var s = text.Trim();
        var firstSpace = s.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace <= 0)
        {
            return Fail(text);
        }

        var path = s[..firstSpace];
        var rest = s[(firstSpace + 1)..].TrimStart();
        var secondSpace = rest.IndexOf(' ', StringComparison.Ordinal);
        if (secondSpace <= 0)
        {
            return Fail(text);
        }

        var op = rest[..secondSpace].ToLowerInvariant();
        var valueText = rest[(secondSpace + 1)..].Trim();
        if (!Operators.Contains(op) || !TryParsePath(path, out var schema, out var attribute, out var sub))
        {
            return Fail(text);
        }

        return TryParseValue(valueText, out var kind, out var value)
            ? (new AttributeFilter(schema, attribute, sub, op, kind, value), null)
            : Fail(text);
    }

    private static bool TryParsePath(string path, out string? schema, out string attribute, out string? sub)
    {
        schema = null;
        sub = null;
        attribute = path;
        if (path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var lastColon = path.LastIndexOf(':');
            schema = path[..lastColon];
            attribute = path[(lastColon + 1)..];
        }

        var dot = attribute.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            sub = attribute[(dot + 1)..];
            attribute = attribute[..dot];
        }

        return IsAttrName(attribute) && (sub is null || IsAttrName(sub));
    }

    // hscim pAttrName: ALPHA *(nameChar), nameChar = "-" / "_" / DIGIT / ALPHA
    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("-_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsAttrName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && !name.AsSpan(1).ContainsAnyExcept(NameChars);

    private static bool TryParseValue(string text, out FilterValueKind kind, out string? value)
    {
        kind = FilterValueKind.Null;
        value = null;
        switch (text)
        {
            case "true" or "false":
                kind = FilterValueKind.Boolean;
                value = text;
                return true;
            case "null":
                return true;
        }

        if (text.StartsWith('"'))
        {
            try
            {
                // A JSON string literal, escapes included; anything after the closing quote makes it invalid.
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
                if (reader.Read() && reader.TokenType == JsonTokenType.String && reader.GetString() is { } literal && !reader.Read())
                {
                    kind = FilterValueKind.String;
                    value = literal;
                    return true;
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // InvalidOperationException: a lone surrogate escape ("\ud800") parses but cannot be read as text.
                return false;
            }

            return false;
        }

        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            kind = FilterValueKind.Number;
            value = text;
            return true;
        }

        return false;
    }

    private static (AttributeFilter?, string?) Fail(string text) => (null, $"Invalid filter: {text}");
}

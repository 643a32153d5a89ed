using System.Text.Json;

namespace MockWireServer.Scim.Http;

/// <summary>
/// A JSON object read the way hscim reads one: attribute names compared case-insensitively (hscim lowercases keys),
/// the last of duplicate keys winning. Parse failures carry aeson-style messages ("Error in $: ...").
/// </summary>
public sealed class CaseInsensitiveObject
{
    private readonly Dictionary<string, JsonElement> _fields;

    private CaseInsensitiveObject(Dictionary<string, JsonElement> fields, string path)
    {
        _fields = fields;
        Path = path;
    }

    public string Path { get; }

    public IEnumerable<string> Keys => _fields.Keys;

    public static CaseInsensitiveObject? From(JsonElement element, string path = "$")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }

        return new CaseInsensitiveObject(fields, path);
    }

    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>The value, or null when absent or JSON null (aeson's <c>.:?</c>).</summary>
    public JsonElement? Optional(string name) =>
        _fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public InputResult<string> RequiredString(string name) =>
        Optional(name) is { } value
            ? value.ValueKind == JsonValueKind.String
                ? InputResult<string>.Ok(value.GetString()!)
                : TypeMismatch<string>(name, "String", value)
            : InputResult<string>.Fail($"Error in {Path}: key \"{name.ToLowerInvariant()}\" not found");

    public InputResult<string?> OptionalString(string name) =>
        Optional(name) is not { } value
            ? InputResult<string?>.Ok(null)
            : value.ValueKind == JsonValueKind.String
                ? InputResult<string?>.Ok(value.GetString())
                : TypeMismatch<string?>(name, "String", value);

    public InputResult<T> TypeMismatch<T>(string name, string expected, JsonElement actual) =>
        InputResult<T>.Fail($"Error in {Path}['{name.ToLowerInvariant()}']: parsing {expected} failed, expected {expected}, but encountered {KindName(actual)}");

    public static string KindName(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "Object",
        JsonValueKind.Array => "Array",
        JsonValueKind.String => "String",
        JsonValueKind.Number => "Number",
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        _ => "Null",
    };
}

/// <summary>A parse result: a value or an aeson-style error message.</summary>
public readonly record struct InputResult<T>(T Value, string? Error)
{
    public bool IsOk => Error is null;

    public static InputResult<T> Ok(T value) => new(value, null);

    public static InputResult<T> Fail(string error) => new(default!, error);
}

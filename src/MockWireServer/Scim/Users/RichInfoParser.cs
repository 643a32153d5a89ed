using System.Text.Json;
using MockWireServer.Scim.Http;
using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>Parses the two rich-info extension forms (wire-api User/RichInfo.hs).</summary>
public static class RichInfoParser
{
    /// <summary><c>{"Department": "Sales"}</c>: values must be strings.</summary>
    public static InputResult<IReadOnlyList<RichInfoField>> ParseMap(JsonElement? element)
    {
        if (element is not { } map)
        {
            return InputResult<IReadOnlyList<RichInfoField>>.Ok([]);
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            return Fail("Error in $['urn:ietf:params:scim:schemas:extension:wire:1.0:user']: expected Object");
        }

        var fields = new List<RichInfoField>();
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return Fail("Error in $['urn:ietf:params:scim:schemas:extension:wire:1.0:user']: rich info values can only be text");
            }

            fields.RemoveAll(f => Rules.RichInfoRules.SameType(f.Type, property.Name));
            fields.Add(new RichInfoField(property.Name, property.Value.GetString()!));
        }

        return InputResult<IReadOnlyList<RichInfoField>>.Ok(fields);
    }

    /// <summary><c>{"richInfo": {"version": 0, "fields": [...]}}</c> or the legacy <c>{"richInfo": [...]}</c>.</summary>
    public static InputResult<IReadOnlyList<RichInfoField>> ParseList(JsonElement? element)
    {
        if (element is not { } value)
        {
            return InputResult<IReadOnlyList<RichInfoField>>.Ok([]);
        }

        if (CaseInsensitiveObject.From(value, "$['urn:wire:scim:schemas:profile:1.0']") is not { } o)
        {
            return Fail("Error in $['urn:wire:scim:schemas:profile:1.0']: expected Object");
        }

        if (o.Optional("richInfo") is not { } richInfo)
        {
            return Fail("Error in $['urn:wire:scim:schemas:profile:1.0']: key \"richinfo\" not found");
        }

        if (richInfo.ValueKind == JsonValueKind.Array)
        {
            return ParseFields(richInfo);
        }

        if (CaseInsensitiveObject.From(richInfo) is not { } assoc)
        {
            return Fail("Error in $['urn:wire:scim:schemas:profile:1.0'].richinfo: expected Object or Array");
        }

        if (assoc.Optional("version") is not { ValueKind: JsonValueKind.Number } version || !version.TryGetInt32(out var v) || v != 0)
        {
            return Fail("Error in $['urn:wire:scim:schemas:profile:1.0'].richinfo: unknown version");
        }

        return assoc.Optional("fields") is { } fields ? ParseFields(fields) : InputResult<IReadOnlyList<RichInfoField>>.Ok([]);
    }

    private static InputResult<IReadOnlyList<RichInfoField>> ParseFields(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return Fail("Error in $['urn:wire:scim:schemas:profile:1.0'].richinfo.fields: expected Array");
        }

        var fields = new List<RichInfoField>();
        foreach (var item in array.EnumerateArray())
        {
            var entry = CaseInsensitiveObject.From(item);
            var type = entry?.RequiredString("type");
            var val = entry?.RequiredString("value");
            if (type is not { IsOk: true } || val is not { IsOk: true })
            {
                return Fail("Error in $['urn:wire:scim:schemas:profile:1.0'].richinfo.fields[]: expected {\"type\": Text, \"value\": Text}");
            }

            if (fields.Exists(f => Rules.RichInfoRules.SameType(f.Type, type.Value.Value)))
            {
                // wire-api rejects duplicate field types inside one list (case-insensitive).
                return Fail($"Error in $['urn:wire:scim:schemas:profile:1.0'].richinfo.fields: duplicate field type: {type.Value.Value}");
            }

            fields.Add(new RichInfoField(type.Value.Value, val.Value.Value));
        }

        return InputResult<IReadOnlyList<RichInfoField>>.Ok(fields);
    }

    private static InputResult<IReadOnlyList<RichInfoField>> Fail(string error) => InputResult<IReadOnlyList<RichInfoField>>.Fail(error);
}

using System.Text.Json;
using MockWireServer.Scim.Http;

namespace MockWireServer.Scim.Users;

/// <summary>hscim's ScimBool: a JSON boolean or the strings "true"/"false" in any case, so Entra's "False" works.</summary>
public static class ScimBoolean
{
    public static InputResult<bool?> Parse(CaseInsensitiveObject o, string name) =>
        o.Optional(name) is { } value ? FromElement(value) : InputResult<bool?>.Ok(null);

    public static InputResult<bool?> FromElement(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => InputResult<bool?>.Ok(true),
        JsonValueKind.False => InputResult<bool?>.Ok(false),
        JsonValueKind.Null => InputResult<bool?>.Ok(null),
        JsonValueKind.String when string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase) => InputResult<bool?>.Ok(true),
        JsonValueKind.String when string.Equals(value.GetString(), "false", StringComparison.OrdinalIgnoreCase) => InputResult<bool?>.Ok(false),
        _ => InputResult<bool?>.Fail($"Error in $: parsing ScimBool failed, expected Boolean or \"true\"/\"false\", but encountered {CaseInsensitiveObject.KindName(value)}"),
    };
}

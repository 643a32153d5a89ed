using MockWireServer.Scim.Errors;

namespace MockWireServer.Scim.Http;

/// <summary>Path ids are UUIDs; servant rejects anything else with a 400 before the handler runs.</summary>
public static class ResourceId
{
    public static (Guid Id, ScimError? Error) Parse(string text) =>
        Guid.TryParseExact(text, "D", out var id)
            ? (id, null)
            : (Guid.Empty, ScimError.InvalidValue($"Invalid resource id '{text}': expected a UUID"));
}

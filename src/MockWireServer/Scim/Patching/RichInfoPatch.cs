using System.Text.Json;
using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Users;

namespace MockWireServer.Scim.Patching;

/// <summary>PATCH on <c>&lt;extension URN&gt;:&lt;Key&gt;</c>: set a string value, or remove the key (wire-scim.md §8.1).</summary>
public static class RichInfoPatch
{
    public static (ScimUserInput?, ScimError?) Apply(ScimUserInput user, string schema, string key, PatchOperation operation)
    {
        var isMap = schema.Equals(RichInfoRules.MapUrn, StringComparison.OrdinalIgnoreCase);
        var isList = schema.Equals(RichInfoRules.ListUrn, StringComparison.OrdinalIgnoreCase);
        if (!isMap && !isList)
        {
            return (null, ScimError.InvalidPath($"we only support these schemas: {ScimSchemas.User}, {RichInfoRules.ListUrn}, {RichInfoRules.MapUrn}"));
        }

        // The stored fields are the list form; the map form is folded in so one list holds every field.
        var fields = RichInfoRules.Merge(user.RichInfoList, user.RichInfoMap);
        if (operation.Op == PatchOpKind.Remove)
        {
            return (user with { RichInfoList = RichInfoRules.Remove(fields, key), RichInfoMap = [] }, null);
        }

        if (operation.Value is not { ValueKind: JsonValueKind.String } value)
        {
            return (null, ScimError.InvalidValue(operation.Value is null ? "No value was provided" : "rich info values can only be text"));
        }

        return (user with { RichInfoList = RichInfoRules.Set(fields, key, value.GetString()!), RichInfoMap = [] }, null);
    }
}

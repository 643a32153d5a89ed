using MockWireServer.Faults;
using System.Text.Json;
using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Http;
using MockWireServer.Scim.Users;

namespace MockWireServer.Scim.Patching;

/// <summary>
/// hscim's applyUserOperation over the synthesized user (wire-scim.md §10.2, §8.1, §14.4). The result is validated like
/// a PUT afterwards. <c>add</c> behaves as <c>replace</c> except on email value paths without a sub-attribute.
/// </summary>
public static class UserPatcher
{
    public const string SupportedAttributesDetail = "we only support attributes username, displayname, externalid, active, roles";
    public const string MultiValuedDetail = "multi-valued PATCH is only supported for 'emails'";
    private static readonly string[] NoPathKeys = ["username", "displayname", "externalid", "active", "roles"];

    public static (ScimUserInput? User, ScimError? Error) Apply(ScimUserInput user, IReadOnlyList<PatchOperation> operations, BrokenRules? broken = null)
    {
        var current = user;
        foreach (var operation in operations)
        {
            var (next, error) = ApplyOne(current, operation, broken ?? BrokenRules.None);
            if (error is not null)
            {
                return (null, error);
            }

            current = next!;
        }

        return (current, null);
    }

    private static (ScimUserInput?, ScimError?) ApplyOne(ScimUserInput user, PatchOperation operation, BrokenRules broken)
    {
        if (operation.Path is { Schema: { } schema } schemaPath && !string.Equals(schema, ScimSchemas.User, StringComparison.OrdinalIgnoreCase))
        {
            return broken.Breaks("wire.richinfo.patch") ? (user, null) : RichInfoPatch.Apply(user, schema, schemaPath.Attribute, operation);
        }

        if (operation.Op == PatchOpKind.Remove)
        {
            return Remove(user, operation.Path);
        }

        if (operation.Value is not { } value)
        {
            return Fail(ScimError.InvalidValue("No value was provided"));
        }

        return operation.Path switch
        {
            null => ReplaceWithoutPath(user, value),
            { IsValuePath: true } p when p.Attribute.Equals("emails", StringComparison.OrdinalIgnoreCase) =>
                EmailValuePathPatch.Set(user, p, value, appendWholeEntries: operation.Op == PatchOpKind.Add),
            { IsValuePath: true } => Fail(ScimError.InvalidPath(MultiValuedDetail)),
            { } p => ReplaceAttribute(user, p.Attribute, value),
        };
    }

    private static (ScimUserInput?, ScimError?) ReplaceAttribute(ScimUserInput user, string attribute, JsonElement value)
    {
        switch (attribute.ToLowerInvariant())
        {
            case "username":
                return value.ValueKind == JsonValueKind.String ? (user with { UserName = value.GetString()! }, null) : Fail(TypeError("Text", value));
            case "displayname":
                return value.ValueKind switch
                {
                    JsonValueKind.String => (user with { DisplayName = value.GetString() }, null),
                    JsonValueKind.Null => (user with { DisplayName = null }, null),
                    _ => Fail(TypeError("Text", value)),
                };
            case "externalid":
                return value.ValueKind switch
                {
                    JsonValueKind.String => (user with { ExternalId = value.GetString() }, null),
                    JsonValueKind.Null => (user with { ExternalId = null }, null),
                    _ => Fail(TypeError("Text", value)),
                };
            case "active":
                var active = ScimBoolean.FromElement(value);
                return active.IsOk ? (user with { Active = active.Value }, null) : Fail(ScimError.InvalidValue(active.Error!));
            case "roles":
                var roles = ScimUserParser.ParseRoleValue(value);
                return roles.IsOk ? (user with { Roles = roles.Value }, null) : Fail(ScimError.InvalidValue(roles.Error!));
            default:
                return Fail(ScimError.InvalidPath(SupportedAttributesDetail));
        }
    }

    /// <summary>No-path replace: every key must be a supported attribute and the value must parse as a User (userName required).</summary>
    private static (ScimUserInput?, ScimError?) ReplaceWithoutPath(ScimUserInput user, JsonElement value)
    {
        if (CaseInsensitiveObject.From(value) is not { } o || o.Keys.Any(k => !NoPathKeys.Contains(k.ToLowerInvariant())))
        {
            return Fail(ScimError.InvalidPath(SupportedAttributesDetail));
        }

        var parsed = ScimUserParser.Parse(value);
        if (!parsed.IsOk)
        {
            // hscim's resultToScimError: a failed fromJSON is 400 invalidValue with aeson's message.
            return Fail(ScimError.InvalidValue(parsed.Error!));
        }

        // roles in this form are ignored by hscim.
        return (user with
        {
            UserName = parsed.Value.UserName,
            DisplayName = parsed.Value.DisplayName,
            ExternalId = parsed.Value.ExternalId,
            Active = parsed.Value.Active,
        }, null);
    }

    private static (ScimUserInput?, ScimError?) Remove(ScimUserInput user, PatchPath? path)
    {
        if (path is null)
        {
            return Fail(new ScimError(400, ScimTypes.NoTarget, null));
        }

        if (path.IsValuePath || (path.Attribute.Equals("emails", StringComparison.OrdinalIgnoreCase)))
        {
            return path.Attribute.Equals("emails", StringComparison.OrdinalIgnoreCase)
                ? EmailValuePathPatch.Remove(user, path)
                : Fail(ScimError.InvalidPath(MultiValuedDetail));
        }

        return path.Attribute.ToLowerInvariant() switch
        {
            "username" => Fail(new ScimError(400, ScimTypes.Mutability, null)),
            "displayname" => (user with { DisplayName = null }, null),
            "externalid" => (user with { ExternalId = null }, null),
            "active" => (user with { Active = null }, null),
            "roles" => (user with { Roles = [] }, null),
            _ => (user, null),
        };
    }

    internal static ScimError TypeError(string expected, JsonElement value) =>
        ScimError.InvalidValue($"Error in $: parsing {expected} failed, expected {expected}, but encountered {CaseInsensitiveObject.KindName(value)}");

    private static (ScimUserInput?, ScimError?) Fail(ScimError error) => (null, error);
}

using System.Text.Json;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Filtering;
using MockWireServer.Scim.Users;

namespace MockWireServer.Scim.Patching;

/// <summary>
/// Value-path PATCH on <c>emails</c> since #5419 (wire-scim.md §14.4), including Entra's create-on-absent for a
/// <c>type eq</c> filter on <c>.value</c>, which deviates from RFC 7644 for <c>replace</c>.
/// </summary>
public static class EmailValuePathPatch
{
    public const string SubAttributeDetail = "only the 'value', 'type' and 'primary' sub-attributes of 'emails' can be patched";
    public const string NullValueDetail = "setting the 'value' sub-attribute of 'emails' to null is not supported; remove the whole entry instead";
    public const string RemoveValueDetail = "removing the 'value' sub-attribute of 'emails' is not supported; remove the whole entry instead";

    // The backslashes are in the Haskell string literal, so Wire's detail really contains them.
    public const string RemoveSubWithoutFilterDetail =
        "removing a sub-attribute of 'emails' requires a value-path filter, e.g. emails[type eq \\\"work\\\"].type";

    public static (ScimUserInput?, ScimError?) Set(ScimUserInput user, PatchPath path, JsonElement value, bool appendWholeEntries)
    {
        var filter = path.ValueFilter!;
        var emails = user.Emails.ToList();
        switch (path.SubAttribute?.ToLowerInvariant())
        {
            case "value":
                if (value.ValueKind == JsonValueKind.Null)
                {
                    return Fail(ScimError.InvalidPath(NullValueDetail));
                }

                if (value.ValueKind != JsonValueKind.String || !Rules.EmailAddressRules.IsValid(value.GetString()))
                {
                    return Fail(ScimError.InvalidValue($"Error in $: not a valid email address: {value}"));
                }

                var address = value.GetString()!;
                if (emails.Exists(e => Matches(filter, e)))
                {
                    emails = emails.ConvertAll(e => Matches(filter, e) ? e with { Value = address } : e);
                }
                else if (IsTypeEquals(filter, out var type))
                {
                    emails.Add(new InputEmail(address, type, null));
                }

                return (user with { Emails = emails }, null);
            case "type":
                if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return Fail(UserPatcher.TypeError("Text", value));
                }

                var newType = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
                return (user with { Emails = emails.ConvertAll(e => Matches(filter, e) ? e with { Type = newType } : e) }, null);
            case "primary":
                var primary = ScimBoolean.FromElement(value);
                return primary.IsOk
                    ? (user with { Emails = emails.ConvertAll(e => Matches(filter, e) ? e with { Primary = primary.Value } : e) }, null)
                    : Fail(ScimError.InvalidValue(primary.Error!));
            case null:
                return SetWholeEntries(user, emails, filter, value, appendWholeEntries);
            default:
                return Fail(ScimError.InvalidPath(SubAttributeDetail));
        }
    }

    public static (ScimUserInput?, ScimError?) Remove(ScimUserInput user, PatchPath path)
    {
        if (path.ValueFilter is not { } filter)
        {
            // "emails" clears every entry; "emails.value" (a sub-attribute without a filter) is refused.
            return path.SubAttribute is null ? (user with { Emails = [] }, null) : Fail(ScimError.InvalidPath(RemoveSubWithoutFilterDetail));
        }

        var emails = user.Emails.ToList();
        return path.SubAttribute?.ToLowerInvariant() switch
        {
            null => (user with { Emails = emails.FindAll(e => !Matches(filter, e)) }, null),
            "type" => (user with { Emails = emails.ConvertAll(e => Matches(filter, e) ? e with { Type = null } : e) }, null),
            "primary" => (user with { Emails = emails.ConvertAll(e => Matches(filter, e) ? e with { Primary = null } : e) }, null),
            "value" => Fail(ScimError.InvalidPath(RemoveValueDetail)),
            _ => Fail(ScimError.InvalidPath(SubAttributeDetail)),
        };
    }

    private static (ScimUserInput?, ScimError?) SetWholeEntries(ScimUserInput user, List<InputEmail> emails, AttributeFilter filter, JsonElement value, bool append)
    {
        var entries = new List<InputEmail>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var parsed = ScimUserParser.ParseEmail(item);
            if (!parsed.IsOk)
            {
                return Fail(ScimError.InvalidValue(parsed.Error!));
            }

            entries.Add(parsed.Value);
        }

        foreach (var entry in entries)
        {
            if (!append && emails.Exists(e => Matches(filter, e)))
            {
                emails = emails.ConvertAll(e => Matches(filter, e) ? entry : e);
            }
            else
            {
                emails.Add(entry);
            }
        }

        return (user with { Emails = emails }, null);
    }

    /// <summary>hscim emailMatches: type and value compare as strings; primary supports only eq/ne with a boolean.</summary>
    private static bool Matches(AttributeFilter filter, InputEmail email) => filter.Attribute.ToLowerInvariant() switch
    {
        "type" when filter.Kind == FilterValueKind.String => CompareString(filter.Operator, email.Type ?? "", filter.Value!),
        "value" when filter.Kind == FilterValueKind.String => CompareString(filter.Operator, email.Value, filter.Value!),
        "primary" when filter.Kind == FilterValueKind.Boolean => filter.Operator switch
        {
            "eq" => email.Primary == (filter.Value == "true"),
            "ne" => email.Primary != (filter.Value == "true"),
            _ => false,
        },
        _ => false,
    };

    private static bool CompareString(string op, string actual, string expected) => op switch
    {
        "eq" => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
        "ne" => !string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
        "co" => actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
        "sw" => actual.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
        "ew" => actual.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
        "gt" => string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase) > 0,
        "ge" => string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase) >= 0,
        "lt" => string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase) < 0,
        "le" => string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase) <= 0,
        _ => false,
    };

    private static bool IsTypeEquals(AttributeFilter filter, out string type)
    {
        type = filter.Value ?? "";
        return filter.Attribute.Equals("type", StringComparison.OrdinalIgnoreCase) && filter.Operator == "eq" && filter.Kind == FilterValueKind.String;
    }

    private static (ScimUserInput?, ScimError?) Fail(ScimError error) => (null, error);
}

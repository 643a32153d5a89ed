using System.Text.Json;
using MockWireServer.Rules;
using MockWireServer.Scim.Http;
using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>
/// Turns a request body into a <see cref="ScimUserInput"/>. Anything hscim's JSON parser would refuse (missing userName,
/// wrong types, a bad email, a non-boolean active, rich-info version other than 0) is a parse error here.
/// </summary>
public static class ScimUserParser
{
    public static InputResult<ScimUserInput> Parse(JsonElement body)
    {
        if (CaseInsensitiveObject.From(body) is not { } o)
        {
            return InputResult<ScimUserInput>.Fail($"Error in $: parsing User failed, expected Object, but encountered {CaseInsensitiveObject.KindName(body)}");
        }

        var userName = o.RequiredString("userName");
        if (!userName.IsOk)
        {
            return Fail(userName.Error);
        }

        var displayName = o.OptionalString("displayName");
        var externalId = o.OptionalString("externalId");
        var password = o.OptionalString("password");
        var language = o.OptionalString("preferredLanguage");
        foreach (var error in new[] { displayName.Error, externalId.Error, password.Error, language.Error })
        {
            if (error is not null)
            {
                return Fail(error);
            }
        }

        var active = ScimBoolean.Parse(o, "active");
        if (!active.IsOk)
        {
            return Fail(active.Error);
        }

        var emails = ParseEmails(o);
        if (!emails.IsOk)
        {
            return Fail(emails.Error);
        }

        var roles = ParseRoles(o);
        if (!roles.IsOk)
        {
            return Fail(roles.Error);
        }

        var richMap = RichInfoParser.ParseMap(o.Optional(RichInfoRules.MapUrn));
        if (!richMap.IsOk)
        {
            return Fail(richMap.Error);
        }

        var richList = RichInfoParser.ParseList(o.Optional(RichInfoRules.ListUrn));
        if (!richList.IsOk)
        {
            return Fail(richList.Error);
        }

        return InputResult<ScimUserInput>.Ok(new ScimUserInput
        {
            UserName = userName.Value,
            DisplayName = displayName.Value,
            ExternalId = externalId.Value,
            Active = active.Value,
            Password = password.Value,
            Emails = emails.Value,
            Roles = roles.Value,
            PreferredLanguage = language.Value,
            RichInfoMap = richMap.Value,
            RichInfoList = richList.Value,
        });
    }

    public static InputResult<IReadOnlyList<InputEmail>> ParseEmails(CaseInsensitiveObject o)
    {
        if (o.Optional("emails") is not { } element)
        {
            return InputResult<IReadOnlyList<InputEmail>>.Ok([]);
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return o.TypeMismatch<IReadOnlyList<InputEmail>>("emails", "Array", element);
        }

        var emails = new List<InputEmail>();
        foreach (var item in element.EnumerateArray())
        {
            var email = ParseEmail(item);
            if (!email.IsOk)
            {
                return InputResult<IReadOnlyList<InputEmail>>.Fail(email.Error!);
            }

            emails.Add(email.Value);
        }

        return InputResult<IReadOnlyList<InputEmail>>.Ok(emails);
    }

    public static InputResult<InputEmail> ParseEmail(JsonElement item)
    {
        if (CaseInsensitiveObject.From(item, "$.emails[]") is not { } entry)
        {
            return InputResult<InputEmail>.Fail("Error in $.emails: parsing Email failed, expected Object");
        }

        var value = entry.RequiredString("value");
        if (!value.IsOk)
        {
            return InputResult<InputEmail>.Fail(value.Error!);
        }

        if (!EmailAddressRules.IsValid(value.Value))
        {
            return InputResult<InputEmail>.Fail($"Error in $.emails[].value: not a valid email address: {value.Value}");
        }

        var type = entry.OptionalString("type");
        if (!type.IsOk)
        {
            return InputResult<InputEmail>.Fail(type.Error!);
        }

        var primary = ScimBoolean.Parse(entry, "primary");
        return primary.IsOk
            ? InputResult<InputEmail>.Ok(new InputEmail(value.Value, type.Value, primary.Value))
            : InputResult<InputEmail>.Fail(primary.Error!);
    }

    /// <summary>Since #5440 roles may be bare strings or <c>{"value": ...}</c> objects.</summary>
    public static InputResult<IReadOnlyList<string>> ParseRoles(CaseInsensitiveObject o) =>
        o.Optional("roles") is { } element ? ParseRoleValue(element) : InputResult<IReadOnlyList<string>>.Ok([]);

    public static InputResult<IReadOnlyList<string>> ParseRoleValue(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return InputResult<IReadOnlyList<string>>.Ok([]);
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return InputResult<IReadOnlyList<string>>.Fail($"Error in $.roles: parsing [Role] failed, expected Array, but encountered {CaseInsensitiveObject.KindName(element)}");
        }

        var roles = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    roles.Add(item.GetString()!);
                    break;
                case JsonValueKind.Object when CaseInsensitiveObject.From(item)!.OptionalString("value") is { IsOk: true, Value: { } value }:
                    roles.Add(value);
                    break;
                default:
                    return InputResult<IReadOnlyList<string>>.Fail("Error in $.roles[]: parsing Role failed, expected String or Object with a string value");
            }
        }

        return InputResult<IReadOnlyList<string>>.Ok(roles);
    }

    private static InputResult<ScimUserInput> Fail(string? error) => InputResult<ScimUserInput>.Fail(error!);
}

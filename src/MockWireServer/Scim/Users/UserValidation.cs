using MockWireServer.Faults;
using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>
/// spar's validateScimUser' in Wire's order (wire-scim.md §11): password, externalId and email, userName, displayName,
/// rich-info size, preferredLanguage, roles. The first failure wins. Uniqueness is checked afterwards, against the store.
/// </summary>
public static class UserValidation
{
    public const string PostSuffix = "(post)";
    public const string PutSuffix = "(put)";

    public const string PasswordDetail = "Setting user passwords is not supported for security reasons.";
    public const string ExternalIdRequiredDetail = "externalId is required";
    public const string NoEmailDetail =
        "Could not process externalId. Please check: (1) does the scim user contain a valid email address? (2) did you associate your scim token with a SAML IdP in wire?";
    public const string MultiplePrimaryDetail = "More than one email is marked as primary; RFC 7643 §2.4 allows at most one.";

    public static (ValidatedUser? User, ScimError? Error) Validate(ScimUserInput input, bool samlMode, string suffix, int richInfoLimit, string defaultLanguage, BrokenRules broken)
    {
        if (input.Password is not null && !broken.Breaks("wire.password.rejected"))
        {
            return Fail(ScimError.InvalidValue($"{PasswordDetail} {suffix}"));
        }

        var externalId = input.ExternalId ?? (broken.Breaks("wire.externalid.required") ? input.UserName : null);
        if (externalId is null)
        {
            return Fail(ScimError.InvalidValue(ExternalIdRequiredDetail));
        }

        // UNCONFIRMED scimType and position; the check lives in hscim's email conversion, next to the externalId step.
        if (input.Emails.Count(e => e.Primary == true) > 1 && !broken.Breaks("wire.emails"))
        {
            return Fail(ScimError.InvalidValue(MultiplePrimaryDetail));
        }

        var email = ChooseEmail(input.Emails);
        if (email is { } chosen && chosen.Value == externalId)
        {
            // One string for both: most clients send the address twice, and each stored user keeps fewer objects (issue 11).
            email = chosen with { Value = externalId };
        }

        if (samlMode)
        {
            if (string.IsNullOrWhiteSpace(externalId))
            {
                return Fail(ScimError.InvalidValue($"Can't construct a subject ID from externalId: {externalId}"));
            }

            email ??= EmailAddressRules.IsValid(externalId) ? new StoredEmail(externalId, null, null) : null;
        }
        else
        {
            email ??= EmailAddressRules.IsValid(externalId) ? new StoredEmail(externalId, null, null) : null;
            if (email is null)
            {
                return Fail(ScimError.InvalidValue(NoEmailDetail));
            }
        }

        var handle = broken.Breaks("wire.handle.lowercase") ? input.UserName : HandleRules.Normalize(input.UserName);
        if (!HandleRules.IsValid(handle, broken))
        {
            return Fail(ScimError.InvalidValue(HandleRules.InvalidDetail(handle)));
        }

        // Absent displayName falls back to the email (email mode) or the NameID (SAML mode): spar mkUserName.
        var displayName = input.DisplayName ?? (broken.Breaks("wire.displayname.fallback") ? "" : samlMode ? externalId : email?.Value!);
        if (!DisplayNameRules.IsValid(displayName, broken))
        {
            return Fail(ScimError.InvalidValue(DisplayNameRules.OutOfRangeDetail(suffix)));
        }

        var richInfo = broken.Breaks("wire.richinfo.merge") ? [.. input.RichInfoList, .. input.RichInfoMap]
            : RichInfoRules.Merge(input.RichInfoList, broken.Breaks("wire.richinfo.store") ? [] : input.RichInfoMap);
        var size = RichInfoRules.Size(richInfo);
        if (size > richInfoLimit && !broken.Breaks("wire.richinfo.limit"))
        {
            return Fail(new ScimError(413, ScimTypes.InvalidValue, RichInfoRules.TooLargeDetail(richInfoLimit, size, suffix)));
        }

        var language = defaultLanguage;
        if (input.PreferredLanguage is { } requested)
        {
            if (PreferredLanguageRules.Parse(requested) is not { } parsed)
            {
                return Fail(ScimError.InvalidValue(PreferredLanguageRules.InvalidDetail(suffix)));
            }

            language = broken.Breaks("wire.language") ? defaultLanguage : parsed;
        }

        string? role = null;
        if (input.Roles.Count > 1)
        {
            return Fail(ScimError.InvalidValue(RoleRules.TooManyDetail(suffix)));
        }

        if (input.Roles.Count == 1)
        {
            if (!RoleRules.IsValid(input.Roles[0]))
            {
                return Fail(ScimError.InvalidValue(RoleRules.InvalidDetail(input.Roles[0], suffix)));
            }

            role = broken.Breaks("wire.roles") ? null : input.Roles[0];
        }

        return (new ValidatedUser(handle, externalId, displayName, email, input.Active, role, language, richInfo), null);
    }

    /// <summary>hscim scimEmailsToEmailAddress: the primary entry, else the first.</summary>
    public static StoredEmail? ChooseEmail(IReadOnlyList<InputEmail> emails)
    {
        var chosen = emails.FirstOrDefault(e => e.Primary == true) ?? emails.FirstOrDefault();
        return chosen is null ? null : new StoredEmail(chosen.Value, chosen.Type, chosen.Primary);
    }

    private static (ValidatedUser?, ScimError?) Fail(ScimError error) => (null, error);
}

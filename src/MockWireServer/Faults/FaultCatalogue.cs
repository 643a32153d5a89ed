namespace MockWireServer.Faults;

/// <summary>
/// Every fault the mock can inject, one per rule id of the feature catalogue. The fault points sit in the rule code
/// (a lookup in <see cref="BrokenRules"/>), so a broken mock is the real mock with one decision flipped.
/// </summary>
public static class FaultCatalogue
{
    public static readonly IReadOnlyList<RuleFault> All =
    [
        new("wire.handle.lowercase", "stores an uppercase userName as sent instead of lowercasing it"),
        new("wire.handle.charset", "accepts userNames with characters outside a-z0-9_.-"),
        new("wire.handle.length", "accepts userNames of 1 and of more than 256 characters"),
        new("wire.handle.unique", "lets two users share one userName"),
        new("wire.handle.reuse", "keeps a deleted user's userName taken"),
        new("wire.handle.reserved", "accepts blocklisted handles such as admin or wire"),
        new("wire.displayname.length", "counts displayName in UTF-16 units instead of code points"),
        new("wire.displayname.fallback", "rejects a user without displayName instead of falling back"),
        new("wire.externalid.required", "accepts a user without externalId"),
        new("wire.externalid.case", "matches SAML NameIDs case-sensitively"),
        new("wire.externalid.unique", "lets two users of a team share one externalId"),
        new("wire.invite.mail", "sends no invitation mail in email mode"),
        new("wire.invite.inactive", "reports an invited user as active before acceptance"),
        new("wire.invite.timeout", "never expires an unaccepted invitation"),
        new("wire.invite.role", "shows the invited role before the invitation is accepted"),
        new("wire.active.suspend", "ignores active=false on PUT and PATCH"),
        new("wire.token.disables-sso-provisioning", "keeps provisioning unknown SSO users while a SCIM token exists"),
        new("wire.token.limit", "ignores the per-team token limit"),
        new("wire.token.revoked", "keeps accepting a deleted token"),
        new("wire.token.admin-only", "lets plain team members create tokens"),
        new("wire.token.team-isolation", "returns another team's user on GET by id"),
        new("wire.richinfo.limit", "accepts rich info over the size limit"),
        new("wire.password.rejected", "accepts a password attribute"),
        new("rfc7644.3.3", "answers 200 instead of 201 to a create"),
        new("rfc7644.3.12", "renders the error status as a JSON number and drops scimType"),
        new("rfc7644.3.6", "answers 404 to a repeated DELETE"),
        new("rfc7644.8.1", "answers application/json instead of application/scim+json"),
    ];

    public static bool Exists(string ruleId) => All.Any(f => f.RuleId == ruleId);
}

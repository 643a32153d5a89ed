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
        new("wire.externalid.filter", "finds no user by an externalId filter"),
        new("wire.saml.email-validation", "sends no verification mail to a SAML user's email"),
        new("wire.invite.mail", "sends no invitation mail in email mode"),
        new("wire.invite.inactive", "reports an invited user as active before acceptance"),
        new("wire.invite.timeout", "never expires an unaccepted invitation"),
        new("wire.invite.role", "shows the invited role before the invitation is accepted"),
        new("wire.active.suspend", "ignores active=false on PUT and PATCH"),
        new("wire.active.reactivate", "leaves a suspended user suspended when active is true or omitted"),
        new("wire.active.invited-stays-inactive", "activates an invited user when the client sends active=true"),
        new("wire.invite.accept", "leaves a user inactive after they accept the invitation"),
        new("wire.roles", "ignores the role sent and keeps every user a member"),
        new("wire.language", "ignores preferredLanguage and stores the default language"),
        new("wire.emails", "accepts more than one primary email"),
        new("wire.token.disables-sso-provisioning", "keeps provisioning unknown SSO users while a SCIM token exists"),
        new("wire.token.limit", "ignores the per-team token limit"),
        new("wire.token.revoked", "keeps accepting a deleted token"),
        new("wire.token.admin-only", "lets plain team members create tokens"),
        new("wire.token.reauth", "issues a token without checking the admin's password"),
        new("wire.token.list-hides-secret", "lists each token with its secret hash"),
        new("wire.token.outlives-admin", "revokes the team's tokens when an admin leaves the team"),
        new("wire.token.idp-association", "never associates a legacy token with the team's only IdP"),
        new("wire.token.team-isolation", "returns another team's user on GET by id"),
        new("wire.url.base", "serves SCIM only under an API-version prefix, not under /scim/v2 itself"),
        new("wire.url.version-prefix", "serves any API version, /v999 included"),
        new("wire.url.no-legacy-base", "matches SCIM paths case-insensitively (/scim/v2/users)"),
        new("wire.richinfo.store", "drops the fields sent in the map form (urn:ietf:params:scim:schemas:extension:wire:1.0:User)"),
        new("wire.richinfo.merge", "concatenates the list and map forms instead of merging fields of the same type"),
        new("wire.richinfo.patch", "ignores PATCH operations on rich-info keys"),
        new("wire.richinfo.limit", "accepts rich info over the size limit"),
        new("wire.password.rejected", "accepts a password attribute"),
        new("rfc7644.3.3", "answers 200 instead of 201 to a create"),
        new("rfc7644.3.12", "renders the error status as a JSON number and drops scimType"),
        new("rfc7644.3.4.1", "answers GET /Users/{id} with a ListResponse around the user"),
        new("rfc7644.3.4.2", "lists no users whatever the filter"),
        new("rfc7644.3.5.1", "answers a PUT with 204 and no body instead of the replaced user"),
        new("rfc7644.3.5.2", "applies only the first operation of a PATCH"),
        new("rfc7644.groups", "creates groups without the members sent"),
        new("rfc7644.4", "asks for a bearer token on the discovery endpoints"),
        new("rfc7644.3.6", "answers 404 to a repeated DELETE"),
        new("rfc7644.8.1", "answers application/json instead of application/scim+json"),
    ];

    public static bool Exists(string ruleId) => All.Any(f => f.RuleId == ruleId);
}

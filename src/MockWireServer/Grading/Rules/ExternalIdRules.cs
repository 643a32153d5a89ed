using System.Text.Json;
using MockWireServer.Rules;

namespace MockWireServer.Grading.Rules;

/// <summary><c>client.externalid.missing</c>: Wire requires externalId on every user (wire-scim.md §6), and a PATCH cannot remove it.</summary>
public sealed class ExternalIdMissingRule : IClientRule
{
    public string Id => "client.externalid.missing";

    public string Title => "externalId is sent on create and replace, and never removed";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        var missingOnWrite = SentValues.IsUserWrite(exchange) && exchange.BodyObject!.Optional("externalId") is null;
        var removed = SentValues.Operations(exchange).Any(o =>
            o.Path is { } p && SentValues.IsPath(p, "externalId") && (o.Kind == "remove" || o.Value is { ValueKind: JsonValueKind.Null }));
        if (exchange.IsUsers && (missingOnWrite || removed))
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                missingOnWrite ? $"The {exchange.Method} body has no externalId; Wire rejects it with 400 \"externalId is required\"." : "The PATCH removes externalId; Wire requires it and rejects the PATCH with 400.",
                "Always send externalId: the user's email (email invitations) or the SAML NameID the IdP sends at login (SSO)."));
        }
    }
}

/// <summary>
/// <c>client.externalid.mode-mismatch</c>: with a token without IdP, externalId must be an email unless <c>emails</c>
/// carries one; with a SAML token it is the NameID, and its format (emailAddress or unspecified) must not change
/// between requests (wire-scim.md §6.1–6.2).
/// </summary>
public sealed class ExternalIdModeMismatchRule : IClientRule
{
    public string Id => "client.externalid.mode-mismatch";

    public string Title => "externalId fits the token's mode (email invitations or SAML NameID) and keeps its format";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        foreach (var externalId in SentValues.UserStrings(exchange, "externalId"))
        {
            var looksLikeEmail = EmailAddressRules.IsValid(externalId);
            if (exchange.SamlMode == false && !looksLikeEmail && !SendsEmail(exchange))
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"externalId \"{externalId}\" is not an email and no email was sent; with a token that has no SAML IdP, Wire invites users by email and rejects this with 400.",
                    "Send the user's address in emails (primary) or as externalId, or associate the SCIM token with the team's SAML IdP."));
            }

            if (exchange.SamlMode == true && history.FirstExternalIdLooksLikeEmail(looksLikeEmail) != looksLikeEmail)
            {
                hits.Add(new RuleHit(FindingSeverity.Warning,
                    $"externalId \"{externalId}\" {(looksLikeEmail ? "looks like an email" : "is not an email")}, unlike the first externalId this client sent. Wire turns externalId into the SAML NameID ({(looksLikeEmail ? "emailAddress" : "unspecified")} format); users whose NameID differs from what the IdP sends at login cannot sign in.",
                    "Map externalId to the same source attribute the IdP sends as NameID, for every user."));
            }
        }
    }

    private static bool SendsEmail(ClientExchange exchange) =>
        SentValues.UserValues(exchange, "emails").Any(e => e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0)
        || SentValues.Operations(exchange).Any(o => o.Path?.StartsWith("emails", StringComparison.OrdinalIgnoreCase) == true);
}

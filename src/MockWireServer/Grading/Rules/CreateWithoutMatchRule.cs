using System.Text.Json;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.create.without-match</c>: a client looks a user up (<c>userName eq</c> or <c>externalId eq</c>) before
/// creating it, as Entra and Okta do. Creating blindly re-creates users that exist (409) or duplicates after a retry.
/// </summary>
public sealed class CreateWithoutMatchRule : IClientRule
{
    public string Id => "client.create.without-match";

    public string Title => "Users are looked up (matched) before they are created";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method == "GET" && exchange.Resource == ScimResource.Users && exchange.Filter is { Operator: "eq", Value: { } value } f)
        {
            history.RememberLookup(f.Attribute, value);

            return;
        }

        if (exchange.Method != "POST" || exchange.Resource != ScimResource.Users || exchange.BodyObject is not { } body)
        {
            return;
        }

        var userName = body.Optional("userName") is { ValueKind: JsonValueKind.String } u ? u.GetString() : null;
        var externalId = body.Optional("externalId") is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
        var matched = (userName is not null && history.LookedUp("userName", userName)) || (externalId is not null && history.LookedUp("externalId", externalId));

        if (exchange.Status == 409)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                matched
                    ? $"The user was looked up and not found, yet Wire answered 409 ({exchange.Error?.Detail}): handles are unique across all of Wire, so another team may hold this userName."
                    : $"The client re-created a user that exists: Wire answered 409 ({exchange.Error?.Detail}) and the client had not looked it up first.",
                matched
                    ? "Surface the conflict to the admin and pick another userName; do not retry the POST in a loop."
                    : "Match first: GET /Users?filter=externalId eq \"...\" (or userName eq), and PATCH the user found instead of POSTing again."));
        }
        else if (!matched && exchange.Status is >= 200 and < 300)
        {
            hits.Add(new RuleHit(FindingSeverity.Warning,
                "The user was created without a lookup first; after a timeout or a partial failure this client will POST again and get 409.",
                "Before POST, GET /Users?filter=externalId eq \"...\" (or userName eq) and update the user found instead."));
        }
    }
}

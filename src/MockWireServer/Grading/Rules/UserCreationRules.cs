using System.Text.Json;
using MockWireServer.Scim.Users;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.create.active-false</c>: Wire derives a new user's status from brig, not from <c>active</c>, so a user
/// created with active=false is not suspended (wire-scim.md §7, UNCONFIRMED in Wire, the mock's choice).
/// </summary>
public sealed class CreateActiveFalseRule : IClientRule
{
    public string Id => "client.create.active-false";

    public string Title => "Users are not created with active=false (Wire ignores it at creation)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method == "POST" && exchange.Resource == ScimResource.Users && exchange.BodyObject?.Optional("active") is { } active
            && ScimBoolean.FromElement(active) is { IsOk: true, Value: false })
        {
            hits.Add(new RuleHit(FindingSeverity.Warning,
                "The user was created with active=false: Wire does not suspend at creation, so the user is active (SAML) or invited (email) anyway.",
                "Create the user, then PATCH {\"op\":\"replace\",\"path\":\"active\",\"value\":false} to suspend it."));
        }
    }
}

/// <summary><c>client.password-sent</c>: Wire refuses passwords over SCIM (wire-scim.md §8.4, step 1 of §11).</summary>
public sealed class PasswordSentRule : IClientRule
{
    public string Id => "client.password-sent";

    public string Title => "No password is sent";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        var sent = SentValues.UserValues(exchange, "password").Any(v => v.ValueKind != JsonValueKind.Null);
        if (sent)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                "The request sets a password; Wire rejects it with 400 \"Setting user passwords is not supported for security reasons.\"",
                "Turn off password sync for this app; Wire users set their password through the invitation or sign in with SSO."));
        }
    }
}

/// <summary><c>client.richinfo.size</c>: all rich-info fields together stay under richInfoLimit (5000 characters), else 413 (wire-scim.md §8.1).</summary>
public sealed class RichInfoSizeRule : IClientRule
{
    public string Id => "client.richinfo.size";

    public string Title => "Rich info stays within Wire's size limit";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        // The mock already summed the fields; its 413 detail says by how much (no second parse here).
        if (exchange.IsUsers && exchange.Status == 413 && exchange.Error?.Detail?.Contains("exceed the size limit", StringComparison.Ordinal) == true)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"Rich info is too large; Wire answered 413: {exchange.Error.Detail}",
                "Send fewer or shorter extension attributes (the limit counts the characters of every field type and value together). Do not retry: the same body fails again."));
        }
    }
}

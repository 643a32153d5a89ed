using MockWireServer.Rules;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.username.uppercase</c>: Wire lowercases userName before validating it (wire-scim.md §4), so the userName it
/// echoes differs from the one sent. A client that compares the echo may keep re-sending the update.
/// </summary>
public sealed class UserNameUppercaseRule : IClientRule
{
    public string Id => "client.username.uppercase";

    public string Title => "userName is sent lowercase (Wire lowercases the handle)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        foreach (var userName in SentValues.UserStrings(exchange, "userName"))
        {
            var handle = HandleRules.Normalize(userName);
            if (handle != userName && HandleRules.IsValid(handle))
            {
                hits.Add(new RuleHit(FindingSeverity.Warning,
                    $"userName \"{userName}\" has capitals: Wire stores and returns \"{handle}\". A client that compares the returned userName with its own sees a difference and may keep re-sending the update.",
                    "Map userName to a lowercase value (e.g. toLower() of the mail nickname), or match users by id and externalId, not by the echoed userName."));
            }
        }
    }
}

/// <summary><c>client.username.charset</c>: after lowercasing, a Wire handle is 2..256 of a-z 0-9 _ . - (wire-scim.md §4).</summary>
public sealed class UserNameCharsetRule : IClientRule
{
    public string Id => "client.username.charset";

    public string Title => "userName is a valid Wire handle (a-z, 0-9, _ . -, 2 to 256 characters)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        foreach (var userName in SentValues.UserStrings(exchange, "userName"))
        {
            if (!HandleRules.IsValid(HandleRules.Normalize(userName)))
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"userName \"{userName}\" is not a valid Wire handle; Wire rejects it with 400 invalidValue.",
                    "Map userName to a handle of 2 to 256 characters from a-z, 0-9, '_', '.' and '-' (not the UPN or the email address)."));
            }
        }
    }
}

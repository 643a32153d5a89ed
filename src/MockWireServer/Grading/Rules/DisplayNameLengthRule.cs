using MockWireServer.Rules;

namespace MockWireServer.Grading.Rules;

/// <summary><c>client.displayname.length</c>: displayName is brig's Name, 1..128 code points (wire-scim.md §5).</summary>
public sealed class DisplayNameLengthRule : IClientRule
{
    public string Id => "client.displayname.length";

    public string Title => "displayName has 1 to 128 characters";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        foreach (var displayName in SentValues.UserStrings(exchange, "displayName"))
        {
            var length = DisplayNameRules.CodePoints(displayName);
            if (length is < DisplayNameRules.MinLength or > DisplayNameRules.MaxLength)
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"displayName has {length} characters; Wire requires 1 to 128 and rejects it with 400 invalidValue.",
                    "Truncate displayName to 128 characters, or leave it out (Wire then uses the email or externalId)."));
            }
        }
    }
}

using System.Text.Json;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.patch.string-boolean</c>: <c>active</c> is a boolean (RFC 7643 §4.1.1). hscim's ScimBool also takes the
/// strings "true"/"false" in any case (wire-scim.md §7), so Entra's legacy "False" works on Wire only.
/// </summary>
public sealed class PatchStringBooleanRule : IClientRule
{
    public string Id => "client.patch.string-boolean";

    public string Title => "PATCH sends booleans as JSON booleans, not \"True\"/\"False\"";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method != "PATCH")
        {
            return;
        }

        var strings = SentValues.UserValues(exchange, "active")
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => $"\"{v.GetString()}\"")
            .ToList();
        if (strings.Count > 0)
        {
            hits.Add(new RuleHit(FindingSeverity.Warning,
                $"active was sent as the string {string.Join(", ", strings)}. Wire reads it as a boolean; a strict SCIM server rejects it.",
                "Send active as a JSON boolean (true/false). For Entra ID, add ?aadOptscim062020 to the Tenant URL."));
        }
    }
}

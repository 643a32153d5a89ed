namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.patch.op-case</c>: RFC 7644 §3.5.2 spells ops "add", "replace", "remove". Wire (hscim) compares them
/// case-insensitively, so Entra's default "Add"/"Replace"/"Remove" works here but breaks strict servers.
/// </summary>
public sealed class PatchOpCaseRule : IClientRule
{
    public string Id => "client.patch.op-case";

    public string Title => "PATCH ops are lowercase (add, replace, remove)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        var operations = SentValues.Operations(exchange);
        if (operations.Count == 0)
        {
            return;
        }

        var capitalised = operations
            .Where(o => o.Kind is "add" or "replace" or "remove" && o.Op != o.Kind)
            .Select(o => $"\"{o.Op}\"")
            .Distinct()
            .ToList();
        if (capitalised.Count > 0)
        {
            hits.Add(new RuleHit(FindingSeverity.Warning,
                $"PATCH op {string.Join(", ", capitalised)} is not lowercase. Wire accepts it; RFC 7644 §3.5.2 defines \"add\", \"replace\" and \"remove\".",
                "Send lowercase ops. For Entra ID, add ?aadOptscim062020 to the Tenant URL."));
        }
    }
}

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.patch.value-filter-path</c>: value-filter paths (<c>emails[type eq "work"].value</c>). Wire supports them
/// on <c>emails</c> only, since #5419, with create-on-absent and one kept address; elsewhere 400 (wire-scim.md §14.4).
/// </summary>
public sealed class PatchValueFilterPathRule : IClientRule
{
    public string Id => "client.patch.value-filter-path";

    public string Title => "PATCH value-filter paths are used only where Wire supports them (emails)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (!exchange.IsUsers)
        {
            return;
        }

        foreach (var operation in SentValues.Operations(exchange))
        {
            var path = operation.Path ?? "";
            var bracket = path.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                continue;
            }

            var attribute = path[..bracket];
            attribute = attribute[(attribute.LastIndexOf(':') + 1)..];
            if (attribute.Equals("emails", StringComparison.OrdinalIgnoreCase))
            {
                hits.Add(new RuleHit(FindingSeverity.Warning,
                    $"Path '{path}': Wire supports value filters on emails since release 5.35 (#5419) and keeps only one address (the primary, else the first); older releases answer 400 invalidPath.",
                    "Send at most one email and mark it primary; expect Wire to keep a single address."));
            }
            else
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"Path '{path}': Wire supports value filters only on emails and rejects this PATCH with 400 invalidPath.",
                    $"Do not PATCH {attribute}; Wire stores only userName, displayName, externalId, active, roles, emails and rich info."));
            }
        }
    }
}

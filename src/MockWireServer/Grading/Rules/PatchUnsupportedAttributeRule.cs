using MockWireServer.Rules;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.attribute.unsupported</c>: PATCH paths Wire does not store (name.*, nickName, enterprise extension, ...).
/// Wire tolerates them on create but rejects the PATCH with 400 invalidPath (wire-scim.md §10.2; wire-docs#96).
/// </summary>
public sealed class PatchUnsupportedAttributeRule : IClientRule
{
    private static readonly string[] Supported = ["userName", "displayName", "externalId", "active", "roles"];

    public string Id => "client.attribute.unsupported";

    public string Title => "PATCH touches only attributes Wire stores";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (!exchange.IsUsers)
        {
            return;
        }

        foreach (var operation in SentValues.Operations(exchange))
        {
            if (operation.Path is not { } path || path.Contains('[', StringComparison.Ordinal) || operation.Kind == "remove" || IsSupported(path))
            {
                continue;
            }

            hits.Add(new RuleHit(FindingSeverity.Error,
                $"Path '{path}' is not an attribute Wire stores; Wire rejects the whole PATCH with 400 invalidPath (it ignores such attributes only on create).",
                "Remove the attribute mapping in the client (Wire supports userName, displayName, externalId, active, roles, emails[...] value paths and its rich-info extensions)."));
        }
    }

    private static bool IsSupported(string path)
    {
        if (path.StartsWith(RichInfoRules.MapUrn + ":", StringComparison.OrdinalIgnoreCase) || path.StartsWith(RichInfoRules.ListUrn + ":", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Supported.Any(a => SentValues.IsPath(path, a));
    }
}

using MockWireServer.Rules;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.filter.unsupported</c>: Wire filters Users by <c>userName eq</c> and <c>externalId eq</c> only, and Groups by
/// <c>displayName co</c> only; anything else is 400 (wire-scim.md §10.1, §1.4). A userName that is no valid handle finds nothing.
/// </summary>
public sealed class FilterUnsupportedRule : IClientRule
{
    public string Id => "client.filter.unsupported";

    public string Title => "Filters are ones Wire supports (Users: userName eq, externalId eq; Groups: displayName co)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method != "GET" || exchange.Resource is not (ScimResource.Users or ScimResource.Groups) || exchange.QueryValue("filter") is not { Length: > 0 } filter)
        {
            return;
        }

        if (exchange.Status == 400)
        {
            var supported = exchange.Resource == ScimResource.Users ? "userName eq \"...\" or externalId eq \"...\"" : "displayName co \"...\"";
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"Filter '{filter}' is not supported by Wire ({exchange.Error?.Detail ?? "400"}); the client cannot match existing {(exchange.Resource == ScimResource.Users ? "users" : "groups")} this way.",
                $"Match with {supported} only."));
        }
        else if (exchange.Resource == ScimResource.Users && exchange.Filter is { Value: { } value } f
                 && f.Attribute.Equals("userName", StringComparison.OrdinalIgnoreCase) && !HandleRules.IsValid(HandleRules.Normalize(value)))
        {
            hits.Add(new RuleHit(FindingSeverity.Warning,
                $"Filter '{filter}' asks for a userName that is not a valid Wire handle: Wire answers an empty list, always, so this lookup can never match.",
                "Map userName to a valid Wire handle, or match by externalId."));
        }
    }
}

/// <summary><c>client.filter.missing</c>: Wire refuses to list users without a filter: 400 tooMany (wire-scim.md §1.2, W17).</summary>
public sealed class FilterMissingRule : IClientRule
{
    public string Id => "client.filter.missing";

    public string Title => "Users are listed only with a filter";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method == "GET" && exchange.Resource == ScimResource.Users && string.IsNullOrWhiteSpace(exchange.QueryValue("filter")))
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                "GET /Users without a filter: Wire answers 400 tooMany \"Please specify a filter when getting users.\" Imports and test connections that list users fail.",
                "Look users up one by one with filter=userName eq \"...\" or externalId eq \"...\"; do not import or page through all users."));
        }
    }
}

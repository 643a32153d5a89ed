namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.base-url.doubled-v2</c>: the client appends <c>/v2</c> to a base URL that already ends in it. Wire's only
/// SCIM base is <c>/scim/v2</c>; its docs tell such clients to use <c>/scim</c> (wire-scim.md §1.1).
/// </summary>
public sealed class BaseUrlDoubledV2Rule : IClientRule
{
    public string Id => "client.base-url.doubled-v2";

    public string Title => "The base URL is not doubled (/scim/v2/v2/...)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.UnversionedPath.StartsWith("/scim/v2/v2", StringComparison.OrdinalIgnoreCase))
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"The request went to {exchange.UnversionedPath}: the client appends /v2 to a base URL that already ends in /v2, and Wire answers 404.",
                "Configure the base URL as https://<host>/scim (the client adds /v2 itself), or stop the client from appending /v2."));
        }
    }
}

/// <summary>
/// <c>client.base-url.missing-v2</c>: resources asked for under <c>/scim/Users</c> or at the root. No routes exist there
/// in Wire (wire-scim.md §1.1).
/// </summary>
public sealed class BaseUrlMissingV2Rule : IClientRule
{
    private static readonly string[] Resources = ["Users", "Groups", "ServiceProviderConfig", "Schemas", "ResourceTypes", "Bulk", "Me", ".search"];

    public string Id => "client.base-url.missing-v2";

    public string Title => "Requests go to /scim/v2, not /scim or the host root";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (IsMissingV2(exchange.UnversionedPath))
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"The request went to {exchange.UnversionedPath}: Wire serves SCIM only under /scim/v2 and answers 404 here.",
                "Configure the base URL as https://<host>/scim/v2 (or https://<host>/scim if the client appends /v2 itself)."));
        }
    }

    /// <summary>A resource name as the first non-empty segment, or as the second after "scim" (no allocation per request).</summary>
    private static bool IsMissingV2(string path)
    {
        var span = path.AsSpan();
        Span<Range> segments = stackalloc Range[3];
        var count = span.Split(segments, '/', StringSplitOptions.RemoveEmptyEntries);
        var resource = count >= 2 && span[segments[0]] is "scim" ? span[segments[1]] : count >= 1 ? span[segments[0]] : [];
        foreach (var name in Resources)
        {
            if (count >= 1 && resource.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

using MockWireServer.Scim.Http;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.content-type</c>: bodies are sent as <c>application/scim+json</c> (RFC 7644 §8.1). hscim also accepts
/// <c>application/json</c>, each only with no charset or utf-8, and answers 415 to anything else (wire-scim.md §9.1).
/// </summary>
public sealed class ContentTypeRule : IClientRule
{
    public string Id => "client.content-type";

    public string Title => "Bodies are sent as application/scim+json";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method is not ("POST" or "PUT" or "PATCH") || exchange.Resource is ScimResource.Other or ScimResource.Discovery)
        {
            return;
        }

        if (!ScimMediaTypes.IsAccepted(exchange.ContentType))
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"Content-Type '{exchange.ContentType ?? "(none)"}' is not one Wire accepts; it answers 415 without reading the body.",
                "Send Content-Type: application/scim+json (application/json and a charset of utf-8 are also accepted)."));
        }
        else if (exchange.ContentType!.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            hits.Add(new RuleHit(FindingSeverity.Info,
                "The body was sent as application/json: Wire accepts it, but RFC 7644 §8.1 registers application/scim+json for SCIM.",
                "Send Content-Type: application/scim+json."));
        }
    }
}

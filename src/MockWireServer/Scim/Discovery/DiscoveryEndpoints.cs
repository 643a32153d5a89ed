using MockWireServer.Faults;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Http;

namespace MockWireServer.Scim.Discovery;

/// <summary>Discovery endpoints: unauthenticated in Wire (hscim's ConfigSite has no auth header).</summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapScimDiscovery(this IEndpointRouteBuilder routes)
    {
        var discovery = routes.MapGroup("/scim/v2").WithTags("SCIM discovery");
        discovery.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<BrokenRules>().Breaks("rfc7644.4") && !context.HttpContext.Request.Headers.ContainsKey("Authorization")
                ? ScimJson.Error(ScimError.Unauthorized("Missing token"))
                : await next(context));
        discovery.MapGet("/ServiceProviderConfig", () => ScimJson.Ok(DiscoveryDocuments.ServiceProviderConfig));
        discovery.MapGet("/ResourceTypes", () => ScimJson.Ok(DiscoveryDocuments.ResourceTypes));
        discovery.MapGet("/Schemas", () => ScimJson.Ok(ListResponseWriter.Write(DiscoveryDocuments.AllSchemas, DiscoveryDocuments.SchemaIds.Length, 1)));
        // Wire's extension URNs are not served here: 404 like any unknown schema.
        discovery.MapGet("/Schemas/{uri}", (string uri) => DiscoveryDocuments.Schema(uri) is { } schema
            ? ScimJson.Ok(schema)
            : ScimJson.Error(new ScimError(404, null, $"Schema {uri} not found")));
        return routes;
    }
}

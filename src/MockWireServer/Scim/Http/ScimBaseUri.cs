using Microsoft.Extensions.Options;

namespace MockWireServer.Scim.Http;

/// <summary>Wire's scimBaseUri: configured, or derived from the request when the mock runs without one.</summary>
public static class ScimBaseUri
{
    public static string For(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IOptions<MockWireOptions>>().Value.ScimBaseUri;
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}/scim/v2" : configured.TrimEnd('/');
    }
}

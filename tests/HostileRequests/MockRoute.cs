using Microsoft.AspNetCore.Routing;

namespace HostileRequests;

/// <summary>One method and route template the mock serves, as its routing table declares it.</summary>
public sealed record MockRoute(string Method, string Template)
{
    /// <summary>Under <c>/scim/v2</c>: errors are SCIM errors. Everything else answers Wire's <c>{"code","label","message"}</c>.</summary>
    public bool IsScim => Template.StartsWith("/scim/v2", StringComparison.Ordinal);

    /// <summary>Users and Groups: a SCIM token of the team is the only credential that may succeed.</summary>
    public bool NeedsScimToken => Template.StartsWith("/scim/v2/Users", StringComparison.Ordinal) || Template.StartsWith("/scim/v2/Groups", StringComparison.Ordinal);

    /// <summary>The token API: only a logged-in owner or admin's access token may succeed.</summary>
    public bool NeedsAccessToken => Template.StartsWith("/scim/auth-tokens", StringComparison.Ordinal);

    public bool IsControlPlane => Template.StartsWith("/mock", StringComparison.Ordinal);

    public IReadOnlyList<string> Parameters =>
        [.. Template.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')).Select(s => s[1..^1])];

    /// <summary>Every route of the app, from its <see cref="EndpointDataSource"/>s: a new endpoint is covered without a test change.</summary>
    public static IReadOnlyList<MockRoute> All(IEndpointRouteBuilder app) =>
        [.. app.DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new MockRoute(method, "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/'))))
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal)];

    public override string ToString() => $"{Method} {Template}";
}

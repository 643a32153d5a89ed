using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MockWireServer.Hosting;

/// <summary>
/// What servant does that ASP.NET routing does not: case-sensitive paths (<c>/scim/v2/users</c> is a 404), 406 for an
/// Accept header that cannot be met, and error bodies for 404/405 that routing answers without one.
/// </summary>
public static class ScimRouteGuards
{
    public static IApplicationBuilder UseCaseSensitiveRoutes(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint && !LiteralSegmentsMatch(endpoint.RoutePattern, context.Request.Path.Value ?? "")
            && !context.RequestServices.GetRequiredService<Faults.BrokenRules>().Breaks("wire.url.no-legacy-base"))
        {
            context.SetEndpoint(null);
            return NotFound(context);
        }

        if (IsScim(context.Request.Path) && !ScimMediaTypes.IsAcceptable(context.Request.Headers.Accept.ToString()))
        {
            return new ScimErrorResult(new ScimError(406, null, "Not acceptable: this server produces application/scim+json and application/json")).ExecuteAsync(context);
        }

        return next(context);
    });

    /// <summary>Gives 404 and 405 answers of the routing layer a body in the right format.</summary>
    public static IApplicationBuilder UseErrorBodiesForEmptyResponses(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            if (context.Response.StatusCode == 404)
            {
                await NotFound(context);
            }
            else if (context.Response.StatusCode == 405)
            {
                var error = new ScimError(405, null, $"Method {context.Request.Method} is not allowed on {context.Request.Path}");
                if (IsScim(context.Request.Path))
                {
                    await new ScimErrorResult(error).ExecuteAsync(context);
                }
                else
                {
                    await new WireError(405, "method-not-allowed", error.Detail!).ToResult().ExecuteAsync(context);
                }
            }
        });

    private static Task NotFound(HttpContext context) =>
        IsScim(context.Request.Path)
            ? new ScimErrorResult(new ScimError(404, null, $"No such endpoint: {context.Request.Path}")).ExecuteAsync(context)
            : WireError.NotFound($"No such endpoint: {context.Request.Path}").ToResult().ExecuteAsync(context);

    private static bool IsScim(PathString path) => path.StartsWithSegments("/scim/v2", StringComparison.OrdinalIgnoreCase);

    private static bool LiteralSegmentsMatch(RoutePattern pattern, string path)
    {
        // The path's non-empty segments against the pattern's, walked as spans: this runs on every request.
        var span = path.AsSpan();
        var index = 0;
        foreach (var range in span.Split('/'))
        {
            if (span[range].IsEmpty)
            {
                continue;
            }

            if (index >= pattern.PathSegments.Count)
            {
                break;
            }

            var parts = pattern.PathSegments[index++].Parts;
            if (parts.Count == 1 && parts[0] is RoutePatternLiteralPart literal && !span[range].SequenceEqual(literal.Content))
            {
                return false;
            }
        }

        return true;
    }
}

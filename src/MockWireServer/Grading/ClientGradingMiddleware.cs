namespace MockWireServer.Grading;

/// <summary>
/// Observes each client request and grades it when its response starts, i.e. once the status is final and before the
/// client can see it (so a report read right after a response already holds that response's findings).
/// </summary>
public static class ClientGradingMiddleware
{
    // Nothing happens after the next middleware, so there is no async frame here (issue 11).
    public static IApplicationBuilder UseClientGrading(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var grader = context.RequestServices.GetRequiredService<ClientGrader>();
        if (!grader.Enabled || !ClientGrader.IsClientRequest(context.Request.Path))
        {
            return next(context);
        }

        var observation = new ExchangeObservation();
        context.Features.Set(observation);
        var request = context.Request;
        var at = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        // Taken before the API-version middleware rewrites the path: base-URL mistakes are judged on what was sent.
        var (method, path, query) = (request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "");
        var (contentType, accept) = (request.ContentType, request.Headers.Accept.ToString());
        var clientKey = request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : context.Connection.RemoteIpAddress?.ToString() ?? "anonymous";

        context.Response.OnStarting(() =>
        {
            grader.Grade(new ClientExchange(method, path, query, contentType, accept, at, clientKey,
                observation.Body, observation.SamlMode, context.Response.StatusCode, observation.Error, context.Response.Headers.RetryAfter.ToString())
            {
                // Parsed by now if the handler read it; a request without a query needs no parsing at all.
                ParsedQuery = request.QueryString.HasValue ? request.Query : Microsoft.AspNetCore.Http.QueryCollection.Empty,
                HandlerFilter = observation.UserFilter,
            });
            return Task.CompletedTask;
        });
        return next(context);
    });
}

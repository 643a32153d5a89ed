using MockWireServer.Scim.Errors;

namespace MockWireServer.Hosting;

/// <summary>The one place an unexpected exception is caught: logged (without request data) and answered as an error body.</summary>
public static class UnexpectedErrors
{
    public static IApplicationBuilder UseUnexpectedErrorsAsErrorBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("MockWireServer")
                .LogError("Unexpected {Exception} on {Method} {Route}", e.GetType().Name, context.Request.Method, context.GetEndpoint()?.DisplayName);
            context.Response.Clear();
            await new ScimErrorResult(new ScimError(500, null, "Internal error in the mock: " + e.GetType().Name)).ExecuteAsync(context);
        }
    });
}

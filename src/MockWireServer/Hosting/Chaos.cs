using MockWireServer.Scim.Errors;
using Microsoft.Extensions.Options;

namespace MockWireServer.Hosting;

/// <summary>
/// The one middleware behind <see cref="MockWireOptions.Chaos"/> and <c>PUT /mock/chaos</c>. It spares <c>/mock</c>, so
/// a test can still set up teams through a chaotic mock. Order: rate limit (429), latency, drop (connection aborted),
/// error (500).
/// </summary>
public static class Chaos
{
    public static IServiceCollection AddChaos(this IServiceCollection services) => services.AddSingleton<ChaosSwitch>();

    public static IApplicationBuilder UseChaos(this IApplicationBuilder app)
    {
        var text = app.ApplicationServices.GetRequiredService<IOptions<MockWireOptions>>().Value.Chaos;
        var (settings, error) = ChaosSettings.Parse(text);
        if (error is not null)
        {
            throw new ArgumentException($"MockWire:Chaos: {error}");
        }

        var chaos = app.ApplicationServices.GetRequiredService<ChaosSwitch>();
        chaos.Set(settings!);
        // Off (the usual case), a request passes straight through: no async frame of this middleware (issue 11).
        return app.Use((context, next) =>
        {
            var state = chaos.Current;
            return !state.Settings.IsOn || context.Request.Path.StartsWithSegments("/mock", StringComparison.OrdinalIgnoreCase)
                ? next(context)
                : ChaoticAsync(context, next, state);
        });
    }

    private static async Task ChaoticAsync(HttpContext context, RequestDelegate next, ChaosState state)
    {
        if (!state.WithinRateLimit())
        {
            context.Response.Headers.RetryAfter = "1";
            await Answer(context, new ScimError(429, null, "Chaos: rate limit exceeded"));
            return;
        }

        if (state.Settings.Latency > TimeSpan.Zero)
        {
            await Task.Delay(state.Settings.Latency, context.RequestAborted);
        }

        if (state.Happens(state.Settings.DropRate))
        {
            context.Abort();
            return;
        }

        if (state.Happens(state.Settings.ErrorRate))
        {
            await Answer(context, new ScimError(500, null, "Chaos: injected server error"));
            return;
        }

        await next(context);
    }

    private static Task Answer(HttpContext context, ScimError error) =>
        context.Request.Path.StartsWithSegments("/scim/v2", StringComparison.OrdinalIgnoreCase)
            ? new ScimErrorResult(error).ExecuteAsync(context)
            : new WireError(error.Status, error.Status == 429 ? "too-many-requests" : "server-error", error.Detail!).ToResult().ExecuteAsync(context);
}

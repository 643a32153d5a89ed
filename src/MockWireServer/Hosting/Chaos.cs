using System.Threading.RateLimiting;
using MockWireServer.Scim.Errors;
using Microsoft.Extensions.Options;

namespace MockWireServer.Hosting;

/// <summary>
/// The one middleware behind <see cref="MockWireOptions.Chaos"/>. It spares <c>/mock</c>, so a test can still set up
/// teams and tokens through a chaotic mock. Order: rate limit (429), latency, drop (connection aborted), error (500).
/// </summary>
public static class Chaos
{
    public static IApplicationBuilder UseChaos(this IApplicationBuilder app)
    {
        var text = app.ApplicationServices.GetRequiredService<IOptions<MockWireOptions>>().Value.Chaos;
        var (settings, error) = ChaosSettings.Parse(text);
        if (error is not null)
        {
            throw new ArgumentException($"MockWire:Chaos: {error}");
        }

        if (!settings!.IsOn)
        {
            return app;
        }

        var random = settings.Seed is { } seed ? new Random(seed) : new Random();
        double Roll()
        {
            lock (random)
            {
                return random.NextDouble();
            }
        }

        var limiter = settings.RateLimitPerSecond is { } perSecond
            ? new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = perSecond, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true })
            : null;

        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/mock", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (limiter is not null)
            {
                using var lease = limiter.AttemptAcquire();
                if (!lease.IsAcquired)
                {
                    context.Response.Headers.RetryAfter = "1";
                    await Answer(context, new ScimError(429, null, "Chaos: rate limit exceeded"));
                    return;
                }
            }

            if (settings.Latency > TimeSpan.Zero)
            {
                await Task.Delay(settings.Latency, context.RequestAborted);
            }

            if (settings.DropRate > 0 && Roll() < settings.DropRate)
            {
                context.Abort();
                return;
            }

            if (settings.ErrorRate > 0 && Roll() < settings.ErrorRate)
            {
                await Answer(context, new ScimError(500, null, "Chaos: injected server error"));
                return;
            }

            await next(context);
        });
    }

    private static Task Answer(HttpContext context, ScimError error) =>
        context.Request.Path.StartsWithSegments("/scim/v2", StringComparison.OrdinalIgnoreCase)
            ? new ScimErrorResult(error).ExecuteAsync(context)
            : new WireError(error.Status, error.Status == 429 ? "too-many-requests" : "server-error", error.Detail!).ToResult().ExecuteAsync(context);
}

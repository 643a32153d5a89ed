using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MockWireServer.Hosting;

/// <summary>
/// nginz's limit on /scim/v2 (zone reqs_per_addr_sso: 50 r/s per client address, burst 10, status 420), emulated when
/// <see cref="MockWireOptions.RateLimit"/> is on.
/// </summary>
public static class NginzRateLimit
{
    public const int Status = 420;

    public static IServiceCollection AddNginzRateLimit(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = Status;
        limiter.OnRejected = async (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "1";
            await Results.Json(new { code = Status, label = "client-error", message = "Rate limit exceeded" }, statusCode: Status).ExecuteAsync(context.HttpContext);
        };
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<MockWireOptions>>().Value;
            if (!options.RateLimit || !context.Request.Path.StartsWithSegments("/scim/v2"))
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RateLimitBurst,
                TokensPerPeriod = options.RateLimitPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
    });

    /// <summary>
    /// Only when <see cref="MockWireOptions.RateLimit"/> is on (it is set at start): left in while off, the limiter's
    /// partition lookup still took a lock on every request, which threads spun on under load (issue 11).
    /// </summary>
    public static IApplicationBuilder UseNginzRateLimit(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<MockWireOptions>>().Value.RateLimit ? app.UseRateLimiter() : app;
}

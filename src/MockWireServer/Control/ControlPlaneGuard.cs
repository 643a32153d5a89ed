using System.Security.Cryptography;
using System.Text;
using MockWireServer.Scim.Errors;
using Microsoft.Extensions.Options;

namespace MockWireServer.Control;

/// <summary>
/// Protects <c>/mock/*</c> with <see cref="MockWireOptions.ControlToken"/> when one is set: a request must carry it in
/// <see cref="Header"/>, else 401. Mock-only; Wire has no control plane.
/// </summary>
public static class ControlPlaneGuard
{
    public const string Header = "X-Mock-Control-Token";

    public static IApplicationBuilder UseControlPlaneGuard(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var expected = context.RequestServices.GetRequiredService<IOptions<MockWireOptions>>().Value.ControlToken;
        // Any request but a guarded /mock one passes straight through, without an async frame of this middleware.
        return string.IsNullOrEmpty(expected) || !context.Request.Path.StartsWithSegments("/mock", StringComparison.OrdinalIgnoreCase)
            ? next(context)
            : GuardAsync(context, next, expected);
    });

    private static async Task GuardAsync(HttpContext context, RequestDelegate next, string expected)
    {
        var presented = context.Request.Headers[Header].ToString();
        if (!Matches(presented, expected))
        {
            var label = presented.Length == 0 ? "missing-control-token" : "invalid-control-token";
            await new WireError(401, label, $"The control plane requires the header {Header}").ToResult().ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Compares hashes in constant time, so neither the content nor the length of the token leaks through timing.</summary>
    private static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

namespace MockWireServer.Hosting;

/// <summary>
/// Wire's optional API-version path prefix (<c>/v8/scim/v2/...</c>): nginz accepts <c>^(/v[0-9]+)?</c> and spar strips it.
/// An unprefixed request counts as version 0. The mock knows versions 0 to <see cref="Newest"/> (UNCONFIRMED upper bound).
/// </summary>
public static class ApiVersion
{
    public const int Newest = 12;
    private const string ItemKey = "wire-api-version";

    /// <summary>From v8 on, the token API carries name and idp (PR #4370).</summary>
    public const int TokenNameAndIdp = 8;

    public static int Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var v) && v is int version ? version : 0;

    public static IApplicationBuilder UseApiVersionPrefix(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        var broken = context.RequestServices.GetRequiredService<Faults.BrokenRules>();
        if (broken.Breaks("wire.url.base") && path.StartsWith("/scim/v2/", StringComparison.Ordinal))
        {
            // The fault: SCIM only under a version prefix, as if spar were mounted below nginz's /v<N>.
            return WireNotFound(context);
        }

        if (path.Length > 2 && path[1] == 'v' && char.IsAsciiDigit(path[2]))
        {
            var end = path.IndexOf('/', 1);
            var digits = end < 0 ? path[2..] : path[2..end];
            if (digits.All(char.IsAsciiDigit))
            {
                if (!int.TryParse(digits, out var version) || (version > Newest && !broken.Breaks("wire.url.version-prefix")))
                {
                    return WireNotFound(context);
                }

                context.Items[ItemKey] = version;
                // The path is already decoded: a string would be decoded again ("%2500" would become a NUL and throw).
                context.Request.Path = new PathString(end < 0 ? "/" : path[end..]);
            }
        }

        return next(context);
    });

    private static Task WireNotFound(HttpContext context) =>
        Results.Json(new { code = 404, label = "unsupported-version", message = "This version of the API is not supported by the backend." }, statusCode: 404).ExecuteAsync(context);
}

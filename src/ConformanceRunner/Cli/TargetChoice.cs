using System.Net;
using System.Net.Http.Headers;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary>The target a run uses: the embedded mock unless <c>--target</c> names a live SCIM endpoint.</summary>
internal static class TargetChoice
{
    public const string TokenVariable = "SCIM_TOKEN";
    public const string SamlTokenVariable = "SCIM_SAML_TOKEN";
    public const string AdminPasswordVariable = "SCIM_ADMIN_PASSWORD";

    public static LiveTargetOptions? LiveOptions(string? url, string? token, string? samlToken, string? adminEmail, string? adminPassword, TimeSpan requestTimeout, RequestPacing? pacing = null)
    {
        if (url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new UserError($"--target '{url}' is not an http(s) URL; give the SCIM base URL, e.g. https://staging.example.com/scim/v2");
        }

        token = NonEmpty(token ?? Environment.GetEnvironmentVariable(TokenVariable));
        samlToken = NonEmpty(samlToken ?? Environment.GetEnvironmentVariable(SamlTokenVariable));
        if (token is null && samlToken is null)
        {
            throw new UserError($"A live target needs a SCIM token: pass --token (or set {TokenVariable}) and/or --saml-token (or {SamlTokenVariable}).");
        }

        adminPassword ??= Environment.GetEnvironmentVariable(AdminPasswordVariable);
        if (adminEmail is not null && string.IsNullOrEmpty(adminPassword))
        {
            throw new UserError($"--admin-email needs --admin-password (or {AdminPasswordVariable}).");
        }

        return new LiveTargetOptions(baseUrl, token, samlToken, adminEmail is null ? null : new AdminCredentials(adminEmail, adminPassword!), Transport(requestTimeout, pacing));
    }

    /// <summary>The network transport of a run: a timeout per attempt, 420/429 retried, and <c>--max-rps</c> pacing.</summary>
    public static HttpMessageHandler Transport(TimeSpan requestTimeout, RequestPacing? pacing)
    {
        // Pacing sits under the retry handler, so a retried request waits for its turn like any other.
        var sockets = new SocketsHttpHandler { ConnectTimeout = requestTimeout };
        return new RateLimitRetryHandler(requestTimeout) { InnerHandler = pacing?.Wrap(sockets) ?? (HttpMessageHandler)sockets };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// One request before the run, so a wrong URL, an unreachable host, a TLS failure or a rejected token is one clear
    /// line instead of every scenario failing the same way.
    /// </summary>
    public static async Task ProbeAsync(LiveTargetOptions options, CancellationToken cancellationToken)
    {
        var (root, scimBase) = options.Split();
        var probe = new Uri(root, scimBase.TrimStart('/') + "/Users?filter=" + Uri.EscapeDataString("userName eq \"scim-conformance-probe\""));
        using var client = new HttpMessageInvoker(options.Transport!, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, probe);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.EmailInvitationsToken ?? options.SamlSsoToken);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException)
        {
            throw new UserError($"Cannot reach {options.BaseUrl}: {NoAnswerException.ReasonFor(exception)}. Check the URL and that this machine can reach it.", ExitCodes.Unreachable);
        }

        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    throw new UserError($"{options.BaseUrl} rejected the token ({(int)response.StatusCode}): check --token / --saml-token (a SCIM token from the team's settings, not a user's access token).");
                case HttpStatusCode.NotFound:
                    throw new UserError($"No SCIM endpoint at {probe.GetLeftPart(UriPartial.Path)} (404): --target should be the SCIM base URL, ending in /scim/v2.");
            }
        }
    }
}

namespace ConformanceRunner.Targets;

/// <summary>A SCIM endpoint reached over the network.</summary>
/// <param name="BaseUrl">The SCIM base URL, e.g. <c>https://staging.example.com/scim/v2</c> (a URL ending in <c>/scim</c> gets <c>/v2</c>, as Wire's docs describe for clients that append it).</param>
/// <param name="EmailInvitationsToken">A token without IdP (users are invited by email); scenarios of that mode are skipped without it.</param>
/// <param name="SamlSsoToken">A token tied to the team's SAML IdP; scenarios of that mode are skipped without it.</param>
/// <param name="Admin">A team admin's login, for token-lifecycle features; optional.</param>
/// <param name="Transport">The HTTP handler to use; null for a real network connection (tests pass a TestServer handler).</param>
public sealed record LiveTargetOptions(
    Uri BaseUrl,
    string? EmailInvitationsToken = null,
    string? SamlSsoToken = null,
    AdminCredentials? Admin = null,
    HttpMessageHandler? Transport = null)
{
    public string? TokenFor(TeamMode mode) => mode == TeamMode.SamlSso ? SamlSsoToken : EmailInvitationsToken;

    /// <summary>The SCIM base path and the server root that Wire's <c>/login</c> and <c>/scim/auth-tokens</c> hang off.</summary>
    public (Uri ServerRoot, string ScimBasePath) Split()
    {
        var path = BaseUrl.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/scim", StringComparison.Ordinal))
        {
            path += "/v2";
        }
        else if (!path.EndsWith("/scim/v2", StringComparison.Ordinal))
        {
            path += "/scim/v2";
        }

        var rootPath = path[..^"/scim/v2".Length] + "/";
        return (new Uri(BaseUrl, rootPath), "/scim/v2");
    }
}

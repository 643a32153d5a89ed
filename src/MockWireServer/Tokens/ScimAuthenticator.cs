using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Tokens;

/// <summary>The caller of a /scim/v2 request: the team and token its bearer token belongs to.</summary>
public sealed record ScimCaller(Team Team, ScimTokenRecord Token)
{
    /// <summary>A token associated with an IdP provisions SAML users; one without provisions by email invitation.</summary>
    public bool SamlMode => Token.IdpId is not null;
}

/// <summary>spar's authCheck: the first thing every Users/Groups handler does (wire-scim.md §2.1).</summary>
public sealed class ScimAuthenticator(WireStore store, Faults.BrokenRules broken)
{
    public const string TokenNotProvided = "Token not provided";
    public const string InvalidToken = "Invalid SCIM token";

    public (ScimCaller? Caller, ScimError? Error) Authenticate(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var values) || values.Count == 0)
        {
            return (null, ScimError.Unauthorized(TokenNotProvided));
        }

        var header = values.ToString();
        // servant parses the header with the case-sensitive prefix "Bearer "; anything else fails before the handler
        // with a 400 (UNCONFIRMED: servant's default). The mock answers that 400 as a SCIM error.
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return (null, ScimError.InvalidSyntax("Invalid Authorization header: expected \"Bearer <token>\""));
        }

        var known = ConnectionBearer.Known(request.HttpContext, header);
        var presented = known ?? FindByHash(header.AsSpan("Bearer ".Length));
        if (presented is null || store.FindTeam(presented.TeamId) is not { } team)
        {
            return (null, ScimError.Unauthorized(InvalidToken));
        }

        // The team's own record decides, on every request: a deleted token is refused at once.
        if (!team.Tokens.TryGetValue(presented.Id, out var token))
        {
            if (!broken.Breaks("wire.token.revoked"))
            {
                return (null, ScimError.Unauthorized(InvalidToken));
            }

            token = presented;
        }

        if (!ReferenceEquals(known, token))
        {
            ConnectionBearer.Remember(request.HttpContext, header, token);
        }

        Grading.ExchangeObservation.Of(request.HttpContext)?.SamlMode = token.IdpId is not null;
        return (new ScimCaller(team, token), null);
    }

    private ScimTokenRecord? FindByHash(ReadOnlySpan<char> secret)
    {
        Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA512.HashSizeInBytes];
        return ScimTokenSecret.TryHash(secret, hash)
            && store.FindTokenByHash(hash) is { } token
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(hash, token.Hash)
                ? token
                : null;
    }
}

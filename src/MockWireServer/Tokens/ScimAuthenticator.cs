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

        Span<byte> hash = stackalloc byte[System.Security.Cryptography.SHA512.HashSizeInBytes];
        if (!ScimTokenSecret.TryHash(header.AsSpan("Bearer ".Length), hash)
            || store.FindTokenByHash(hash) is not { } token
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(hash, token.Hash)
            || store.FindTeam(token.TeamId) is not { } team
            || (!team.Tokens.ContainsKey(token.Id) && !broken.Breaks("wire.token.revoked")))
        {
            return (null, ScimError.Unauthorized(InvalidToken));
        }

        Grading.ExchangeObservation.Of(request.HttpContext)?.SamlMode = token.IdpId is not null;
        return (new ScimCaller(team, token), null);
    }
}

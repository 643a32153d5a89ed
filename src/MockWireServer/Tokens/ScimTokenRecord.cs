namespace MockWireServer.Tokens;

/// <summary>A SCIM token as spar keeps it: bound to a team and optionally an IdP, the secret only as a SHA-512 hash.</summary>
public sealed record ScimTokenRecord(
    Guid Id,
    Guid TeamId,
    Guid? IdpId,
    string Description,
    string? Name,
    DateTimeOffset CreatedAt,
    byte[] Hash);

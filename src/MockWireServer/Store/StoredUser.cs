namespace MockWireServer.Store;

/// <summary>Brig's account status, which SCIM's <c>active</c> is derived from (spar Scim/Types.hs).</summary>
public enum AccountStatus
{
    Active,
    Suspended,
    PendingInvitation,
}

/// <summary>The one email spar keeps, with the type and primary flag the IdP sent, echoed verbatim (wire-scim.md §14.4).</summary>
public readonly record struct StoredEmail(string Value, string? Type, bool? Primary);

/// <summary>One rich-info field; the stored form of both profile extensions (wire-scim.md §8.1).</summary>
public sealed record RichInfoField(string Type, string Value);

/// <summary>A team user as brig and spar store it together.</summary>
public sealed record StoredUser
{
    public required Guid Id { get; init; }

    public required Guid TeamId { get; init; }

    public required string Handle { get; init; }

    /// <summary>As provided by the client (original case).</summary>
    public required string ExternalId { get; init; }

    /// <summary>Set in SAML mode: the IdP whose issuer qualifies the NameID.</summary>
    public Guid? IdpId { get; init; }

    public required string DisplayName { get; init; }

    public StoredEmail? Email { get; init; }

    public required AccountStatus Status { get; init; }

    public required string Role { get; init; }

    public required string Language { get; init; }

    public IReadOnlyList<RichInfoField> RichInfo { get; init; } = [];

    public bool ManagedByScim { get; init; } = true;

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    /// <summary>The role an invitation will grant on acceptance; GET shows "member" until then (testCreateUserNoIdPWithRole).</summary>
    public string? InvitedRole { get; init; }

    /// <summary>Password set when the invited user accepted; lets an invited admin log in.</summary>
    public string? Password { get; init; }

    public bool IsSaml => IdpId is not null;
}

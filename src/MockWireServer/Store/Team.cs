namespace MockWireServer.Store;

/// <summary>A SAML identity provider registered for a team.</summary>
public sealed record IdentityProvider(Guid Id, Guid TeamId, string Issuer);

/// <summary>A team member that logs in with email and password (the admin the control plane creates).</summary>
public sealed record TeamMember(Guid UserId, Guid TeamId, string Email, string Password, string Role);

/// <summary>A mail the mock "sent": what <c>GET /mock/teams/{id}/outbox</c> lists.</summary>
public sealed record OutboxMail(string Kind, string To, Guid UserId, string Code, DateTimeOffset SentAt);

/// <summary>
/// A team and its per-team indexes. Every write to a team's users, tokens, groups or indexes happens under <see cref="Sync"/>;
/// reads need no team lock. What grows with every created user is a <see cref="LockedMap{TKey,TValue}"/>, the rest
/// concurrent dictionaries.
/// </summary>
public sealed class Team(Guid id, string name)
{
    public Guid Id { get; } = id;

    public string Name { get; } = name;

    public object Sync { get; } = new();

    public List<IdentityProvider> Idps { get; } = [];

    public bool ValidateSamlEmails { get; set; } = true;

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, TeamMember> Members { get; } = new();

    public LockedMap<Guid, StoredUser> Users { get; } = new();

    /// <summary>Email mode: spar's scim_external table, keyed exactly by externalId.</summary>
    public LockedMap<string, Guid> ByExternalId { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Email mode: brig's lookup by email, which spar tries when no externalId matches (exact comparison). Holds only
    /// emails that differ from their user's externalId: the others are found by externalId first.
    /// </summary>
    public LockedMap<string, Guid> ByEmail { get; } = new(StringComparer.Ordinal);

    /// <summary>SAML mode: user refs keyed by IdP and case-folded NameID (spar normalizeUnqualifiedNameId).</summary>
    public LockedMap<(Guid IdpId, string NameId), Guid> BySamlRef { get; } = new();

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, Tokens.ScimTokenRecord> Tokens { get; } = new();

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, Scim.Groups.StoredGroup> Groups { get; } = new();

    public List<OutboxMail> Outbox { get; } = [];

    private long _clockOffsetTicks;

    /// <summary>
    /// The team's time: the mock's clock plus this team's own advance, so a scenario that lets 21 days pass for its
    /// team does not expire another team's invitations in a parallel run.
    /// </summary>
    public DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().AddTicks(Interlocked.Read(ref _clockOffsetTicks));

    public void AdvanceClock(TimeSpan by) => Interlocked.Add(ref _clockOffsetTicks, by.Ticks);

    public static string FoldNameId(string nameId) => nameId.ToLowerInvariant();
}

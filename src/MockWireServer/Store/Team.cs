namespace MockWireServer.Store;

/// <summary>A SAML identity provider registered for a team.</summary>
public sealed record IdentityProvider(Guid Id, Guid TeamId, string Issuer);

/// <summary>A team member that logs in with email and password (the admin the control plane creates).</summary>
public sealed record TeamMember(Guid UserId, Guid TeamId, string Email, string Password, string Role);

/// <summary>
/// A team and its per-team indexes. Every write to a team's tokens, groups or IdPs happens under <see cref="Sync"/>; reads
/// need no lock. Its users live in the store's <see cref="UserTable"/>, which locks for itself.
/// </summary>
public sealed class Team(Guid id, string name, UserTable users)
{
    public Guid Id { get; } = id;

    public string Name { get; } = name;

    public object Sync { get; } = new();

    public List<IdentityProvider> Idps { get; } = [];

    public bool ValidateSamlEmails { get; set; } = true;

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, TeamMember> Members { get; } = new();

    public TeamUsers Users { get; } = new(users, id);

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, Tokens.ScimTokenRecord> Tokens { get; } = new();

    public System.Collections.Concurrent.ConcurrentDictionary<Guid, Scim.Groups.StoredGroup> Groups { get; } = new();

    public MailOutbox Outbox { get; } = new();

    public InvitationQueue Invitations { get; } = new();

    private long _clockOffsetTicks;

    /// <summary>
    /// The team's time: the mock's clock plus this team's own advance, so a scenario that lets 21 days pass for its
    /// team does not expire another team's invitations in a parallel run.
    /// </summary>
    public DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().AddTicks(Interlocked.Read(ref _clockOffsetTicks));

    public void AdvanceClock(TimeSpan by) => Interlocked.Add(ref _clockOffsetTicks, by.Ticks);
}

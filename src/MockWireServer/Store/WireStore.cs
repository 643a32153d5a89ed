using System.Collections.Concurrent;
using MockWireServer.Tokens;

namespace MockWireServer.Store;

/// <summary>
/// The mock's whole state, in memory. Lock strategy: users and their indexes live in one <see cref="UserTable"/>, whose
/// one lock makes each create, replace and delete check and claim its handle (global: Wire's handles are unique across
/// the backend) and externalId atomically, so two teams racing for one handle cannot both win. Every other write to a
/// team's data runs under that team's <see cref="Team.Sync"/>; reads take no team lock.
/// </summary>
public sealed class WireStore(Faults.BrokenRules broken)
{
    private readonly ConcurrentDictionary<Guid, Team> _teams = new();
    private readonly UserTable _users = new(broken);
    private readonly ConcurrentDictionary<UInt128, ScimTokenRecord> _tokensByHash = new();
    private readonly LockedMap<UInt128, (Guid TeamId, Guid UserId)> _invitations = new();
    private readonly ConcurrentDictionary<string, (Guid TeamId, Guid UserId)> _logins = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Team> Teams => _teams.Values;

    public Team AddTeam(string name)
    {
        var team = new Team(Guid.NewGuid(), name, _users);
        _teams[team.Id] = team;
        return team;
    }

    public Team? FindTeam(Guid teamId) => _teams.GetValueOrDefault(teamId);

    public void AddMember(Team team, TeamMember member)
    {
        team.Members[member.UserId] = member;
        _logins[member.Email] = (team.Id, member.UserId);
    }

    public bool RemoveMember(Team team, Guid userId)
    {
        if (!team.Members.TryRemove(userId, out var member))
        {
            return false;
        }

        _logins.TryRemove(member.Email, out _);
        return true;
    }

    /// <summary>Who logs in with this email: a team member or an invited user who accepted with a password.</summary>
    public (Team Team, Guid UserId)? FindLogin(string email) =>
        _logins.TryGetValue(email, out var login) && FindTeam(login.TeamId) is { } team ? (team, login.UserId) : null;

    public void RegisterLogin(string email, Team team, Guid userId) => _logins[email] = (team.Id, userId);

    // ---- users ----

    public StoredUser? FindUser(Team team, Guid id) => _users.Find(team.Id, id);

    /// <summary>Only for the team-isolation fault: a lookup that ignores the caller's team.</summary>
    public StoredUser? FindUserInAnyTeam(Guid id) => _users.Find(id);

    /// <summary>Whether brig knows the user at all; only group membership checks need to tell "missing" from "foreign".</summary>
    public bool UserExistsInAnyTeam(Guid id) => _users.Contains(id);

    public StoredUser? FindUserByHandle(Team team, string handle) => _users.FindByHandle(team.Id, handle);

    public StoredUser? FindUserByExternalId(Team team, Guid? idpId, string externalId) => _users.FindByExternalId(team.Id, idpId, externalId);

    public UserWriteOutcome CreateUser(Team team, StoredUser user) =>
        user.TeamId == team.Id ? _users.Create(user) : throw new ArgumentException("The user belongs to another team.", nameof(user));

    /// <summary>Replaces <paramref name="current"/> if it is still the stored version; moves the handle and externalId indexes.</summary>
    public UserWriteOutcome ReplaceUser(Team team, StoredUser current, StoredUser updated) =>
        current.TeamId == team.Id && updated.TeamId == team.Id && updated.Id == current.Id ? _users.Replace(current, updated) : UserWriteOutcome.NotFound;

    public bool DeleteUser(Team team, Guid id)
    {
        lock (team.Sync)
        {
            if (_users.Delete(team.Id, id) is not { } user)
            {
                return false;
            }

            foreach (var group in team.Groups.Values.Where(g => g.Members.Contains(id)))
            {
                team.Groups[group.Id] = group with { Members = [.. group.Members.Where(m => m != id)] };
            }

            if (user.Email is { } email && _logins.TryGetValue(email.Value, out var login) && login.UserId == id)
            {
                _logins.TryRemove(email.Value, out _);
            }

            return true;
        }
    }

    // ---- invitations ----

    /// <summary>Registers the invitation of a user just created; its code must be one <see cref="MailCode.New"/> made.</summary>
    public void AddInvitation(string code, Team team, StoredUser user)
    {
        var key = MailCode.TryParse(code, out var parsed) ? parsed : throw new ArgumentException("Not a mail code.", nameof(code));
        _invitations[key] = (team.Id, user.Id);
        team.Invitations.Add(new PendingInvitation(key, user.Id, user.Created));
    }

    public (Team Team, StoredUser User)? FindInvitation(string code) =>
        MailCode.TryParse(code, out var key) && _invitations.TryGetValue(key, out var inv) && FindTeam(inv.TeamId) is { } team
            && FindUser(team, inv.UserId) is { } user
            ? (team, user)
            : null;

    public void RemoveInvitation(string code)
    {
        if (MailCode.TryParse(code, out var key))
        {
            RemoveInvitation(key);
        }
    }

    public void RemoveInvitation(UInt128 code) => _invitations.TryRemove(code, out _);

    public int InvitationCount => _invitations.Count;

    // ---- tokens ----

    /// <summary>Adds the token unless the team already holds <paramref name="limit"/> tokens (checked and added atomically).</summary>
    public bool TryAddToken(Team team, ScimTokenRecord token, int limit)
    {
        lock (team.Sync)
        {
            if (team.Tokens.Count >= limit && !broken.Breaks("wire.token.limit"))
            {
                return false;
            }

            team.Tokens[token.Id] = token;
            _tokensByHash[ScimTokenSecret.Key(token.Hash)] = token;
            return true;
        }
    }

    public ScimTokenRecord? FindTokenByHash(ReadOnlySpan<byte> hash) => _tokensByHash.GetValueOrDefault(ScimTokenSecret.Key(hash));

    public void RemoveToken(Team team, Guid tokenId)
    {
        lock (team.Sync)
        {
            if (team.Tokens.TryRemove(tokenId, out var token) && !broken.Breaks("wire.token.revoked"))
            {
                _tokensByHash.TryRemove(ScimTokenSecret.Key(token.Hash), out _);
            }
        }
    }

    public void ReplaceToken(Team team, ScimTokenRecord token)
    {
        lock (team.Sync)
        {
            if (team.Tokens.ContainsKey(token.Id))
            {
                team.Tokens[token.Id] = token;
                _tokensByHash[ScimTokenSecret.Key(token.Hash)] = token;
            }
        }
    }

    public void Clear()
    {
        _teams.Clear();
        _users.Clear();
        _tokensByHash.Clear();
        _invitations.Clear();
        _logins.Clear();
    }
}

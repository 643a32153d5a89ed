using System.Collections.Concurrent;
using MockWireServer.Tokens;

namespace MockWireServer.Store;

/// <summary>
/// The mock's whole state, in memory. Lock strategy: every write to one team's data runs under that team's
/// <see cref="Team.Sync"/>; handles are global (Wire: unique across the backend), so they are claimed with an atomic
/// <c>TryAdd</c> on a map of their own, which is what makes two teams racing for one handle safe. Reads take no team
/// lock; the maps that grow with every user take their own for each lookup (<see cref="LockedMap{TKey,TValue}"/>).
/// </summary>
public sealed class WireStore(Faults.BrokenRules broken)
{
    private readonly ConcurrentDictionary<Guid, Team> _teams = new();
    private readonly LockedMap<string, Guid> _handles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<UInt128, ScimTokenRecord> _tokensByHash = new();
    private readonly LockedMap<string, (Guid TeamId, Guid UserId)> _invitations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Guid TeamId, Guid UserId)> _logins = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Team> Teams => _teams.Values;

    public Team AddTeam(string name)
    {
        var team = new Team(Guid.NewGuid(), name);
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

    public StoredUser? FindUser(Team team, Guid id) => team.Users.GetValueOrDefault(id);

    /// <summary>Only for the team-isolation fault: a lookup that ignores the caller's team.</summary>
    public StoredUser? FindUserInAnyTeam(Guid id) => _teams.Values.Select(t => t.Users.GetValueOrDefault(id)).FirstOrDefault(u => u is not null);

    /// <summary>Whether brig knows the user at all; only group membership checks need to tell "missing" from "foreign".</summary>
    public bool UserExistsInAnyTeam(Guid id) => _teams.Values.Any(t => t.Users.ContainsKey(id));

    public StoredUser? FindUserByHandle(Team team, string handle) =>
        _handles.TryGetValue(handle, out var id) ? team.Users.GetValueOrDefault(id) : null;

    public StoredUser? FindUserByExternalId(Team team, Guid? idpId, string externalId)
    {
        var found = idpId is { } idp
            ? team.BySamlRef.TryGetValue((idp, FoldNameId(externalId)), out var samlUser) ? samlUser : (Guid?)null
            : team.ByExternalId.TryGetValue(externalId, out var emailUser) ? emailUser
            : team.ByEmail.TryGetValue(externalId, out var byEmail) && team.Users.GetValueOrDefault(byEmail) is { IdpId: null } ? byEmail : null;
        return found is { } id ? team.Users.GetValueOrDefault(id) : null;
    }

    public UserWriteOutcome CreateUser(Team team, StoredUser user)
    {
        lock (team.Sync)
        {
            if (HolderOfExternalId(team, user) is { } holder && !broken.Breaks("wire.externalid.unique"))
            {
                return new UserWriteOutcome(UserWriteStatus.ExternalIdTaken, holder);
            }

            if (!_handles.TryAdd(user.Handle, user.Id))
            {
                if (!broken.Breaks("wire.handle.unique"))
                {
                    return UserWriteOutcome.HandleTaken;
                }

                _handles[user.Handle] = user.Id;
            }

            team.Users[user.Id] = user;
            IndexExternalId(team, user);
            return UserWriteOutcome.Written;
        }
    }

    /// <summary>Replaces <paramref name="current"/> if it is still the stored version; moves the handle and externalId indexes.</summary>
    public UserWriteOutcome ReplaceUser(Team team, StoredUser current, StoredUser updated)
    {
        lock (team.Sync)
        {
            if (!team.Users.TryGetValue(current.Id, out var stored))
            {
                return UserWriteOutcome.NotFound;
            }

            if (!ReferenceEquals(stored, current))
            {
                return UserWriteOutcome.Stale;
            }

            if (HolderOfExternalId(team, updated) is { } holder && holder.Id != updated.Id)
            {
                return new UserWriteOutcome(UserWriteStatus.ExternalIdTaken, holder);
            }

            var handleChanges = !string.Equals(current.Handle, updated.Handle, StringComparison.Ordinal);
            if (handleChanges && !_handles.TryAdd(updated.Handle, updated.Id))
            {
                return UserWriteOutcome.HandleTaken;
            }

            if (handleChanges)
            {
                _handles.TryRemove(current.Handle, current.Id);
            }

            UnindexExternalId(team, current);
            team.Users[updated.Id] = updated;
            IndexExternalId(team, updated);
            return UserWriteOutcome.Written;
        }
    }

    public bool DeleteUser(Team team, Guid id)
    {
        lock (team.Sync)
        {
            if (!team.Users.TryRemove(id, out var user))
            {
                return false;
            }

            if (!broken.Breaks("wire.handle.reuse"))
            {
                _handles.TryRemove(user.Handle, user.Id);
            }

            UnindexExternalId(team, user);
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

    /// <summary>spar case-folds NameIDs (normalizeUnqualifiedNameId), so Alice@x and alice@x are one user.</summary>
    private string FoldNameId(string nameId) => broken.Breaks("wire.externalid.case") ? nameId : Team.FoldNameId(nameId);

    private StoredUser? HolderOfExternalId(Team team, StoredUser user) =>
        user.IdpId is { } idp
            ? team.BySamlRef.TryGetValue((idp, FoldNameId(user.ExternalId)), out var samlId) ? team.Users.GetValueOrDefault(samlId) : null
            : team.ByExternalId.TryGetValue(user.ExternalId, out var id) ? team.Users.GetValueOrDefault(id) : null;

    private void IndexExternalId(Team team, StoredUser user)
    {
        // The email lookup is only tried when no externalId matches, so an email equal to the externalId (the usual
        // email-mode user) needs no entry of its own: one object less that every created user keeps (issue 11).
        if (user.Email is { } email && !string.Equals(email.Value, user.ExternalId, StringComparison.Ordinal))
        {
            team.ByEmail[email.Value] = user.Id;
        }

        if (user.IdpId is { } idp)
        {
            team.BySamlRef[(idp, FoldNameId(user.ExternalId))] = user.Id;
        }
        else
        {
            team.ByExternalId[user.ExternalId] = user.Id;
        }
    }

    private void UnindexExternalId(Team team, StoredUser user)
    {
        if (user.Email is { } email)
        {
            team.ByEmail.TryRemove(email.Value, user.Id);
        }

        if (user.IdpId is { } idp)
        {
            team.BySamlRef.TryRemove((idp, FoldNameId(user.ExternalId)), user.Id);
        }
        else
        {
            team.ByExternalId.TryRemove(user.ExternalId, user.Id);
        }
    }

    // ---- invitations ----

    public void AddInvitation(string code, Team team, Guid userId) => _invitations[code] = (team.Id, userId);

    public (Team Team, StoredUser User)? FindInvitation(string code) =>
        _invitations.TryGetValue(code, out var inv) && FindTeam(inv.TeamId) is { } team && team.Users.GetValueOrDefault(inv.UserId) is { } user
            ? (team, user)
            : null;

    public void RemoveInvitation(string code) => _invitations.TryRemove(code, out _);

    public IEnumerable<(string Code, Guid TeamId, Guid UserId)> Invitations =>
        _invitations.Snapshot().Select(kv => (kv.Key, kv.Value.TeamId, kv.Value.UserId));

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
        _handles.Clear();
        _tokensByHash.Clear();
        _invitations.Clear();
        _logins.Clear();
    }
}

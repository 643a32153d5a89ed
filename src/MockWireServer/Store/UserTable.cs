using System.Buffers;
using MockWireServer.Store.Records;

namespace MockWireServer.Store;

/// <summary>
/// Every SCIM user of the mock, with the indexes spar and brig look users up by, and Wire's uniqueness rules at the
/// moment of writing. Users are kept as bytes (<see cref="UserRecord"/> in a <see cref="RecordArena"/>) and the indexes
/// hold no references: a created user leaves the garbage collector nothing to copy, which is what POST's p99 under load
/// needs (issue 11). Each read returns a new <see cref="StoredUser"/>. One lock guards all of it; it is held for a hash
/// lookup and a copy of a few hundred bytes.
/// </summary>
public sealed class UserTable
{
    private readonly Lock _sync = new();
    private RecordArena _arena = new();
    private readonly ShardedDictionary<Guid, RecordRef> _records = new();
    private readonly KeyIndex _keys;
    private readonly HashSet<string> _retiredHandles = new(StringComparer.Ordinal);
    private readonly Faults.BrokenRules _broken;

    public UserTable(Faults.BrokenRules broken, Func<UserKey, ulong>? hash = null)
    {
        _broken = broken;
        _keys = new KeyIndex(Holds, hash);
    }

    public StoredUser? Find(Guid id)
    {
        lock (_sync)
        {
            return _records.TryGetValue(id, out var record) ? UserRecord.Read(_arena.Payload(record)) : null;
        }
    }

    public StoredUser? Find(Guid teamId, Guid id)
    {
        lock (_sync)
        {
            return FindLocked(teamId, id);
        }
    }

    public bool Contains(Guid id)
    {
        lock (_sync)
        {
            return _records.ContainsKey(id);
        }
    }

    public StoredUser? FindByHandle(Guid teamId, string handle)
    {
        lock (_sync)
        {
            return _keys.Find(UserKey.Handle(handle)) is { } id ? FindLocked(teamId, id) : null;
        }
    }

    /// <summary>spar's lookup: the SAML user ref, or in email mode the externalId and then brig's email lookup.</summary>
    public StoredUser? FindByExternalId(Guid teamId, Guid? idpId, string externalId)
    {
        lock (_sync)
        {
            return HolderOfExternalId(teamId, idpId, externalId);
        }
    }

    /// <summary>A team's users, read by scanning every user: for tests and diagnostics, not for requests.</summary>
    public IReadOnlyList<StoredUser> InTeam(Guid teamId)
    {
        lock (_sync)
        {
            var users = new List<StoredUser>();
            foreach (var record in _records.Values)
            {
                if (UserRecord.TeamId(_arena.Payload(record)) == teamId)
                {
                    users.Add(UserRecord.Read(_arena.Payload(record)));
                }
            }

            return users;
        }
    }

    public int CountInTeam(Guid teamId)
    {
        lock (_sync)
        {
            var count = 0;
            foreach (var record in _records.Values)
            {
                count += UserRecord.TeamId(_arena.Payload(record)) == teamId ? 1 : 0;
            }

            return count;
        }
    }

    public UserWriteOutcome Create(StoredUser user)
    {
        lock (_sync)
        {
            if (HolderOfExternalId(user.TeamId, user.IdpId, user.ExternalId) is { } holder && !_broken.Breaks("wire.externalid.unique"))
            {
                return new UserWriteOutcome(UserWriteStatus.ExternalIdTaken, holder);
            }

            if (HandleIsTaken(user.Handle) && !_broken.Breaks("wire.handle.unique"))
            {
                return UserWriteOutcome.HandleTaken;
            }

            _records[user.Id] = Write(user, into: null);
            _keys.Set(UserKey.Handle(user.Handle), user.Id);
            IndexExternalId(user);
            return UserWriteOutcome.Written;
        }
    }

    /// <summary>Replaces <paramref name="current"/> if it is still what is stored; moves the handle and externalId indexes.</summary>
    public UserWriteOutcome Replace(StoredUser current, StoredUser updated)
    {
        lock (_sync)
        {
            if (!_records.TryGetValue(current.Id, out var record) || UserRecord.TeamId(_arena.Payload(record)) != current.TeamId)
            {
                return UserWriteOutcome.NotFound;
            }

            if (!IsStored(record, current))
            {
                return UserWriteOutcome.Stale;
            }

            if (HolderOfExternalId(updated.TeamId, updated.IdpId, updated.ExternalId) is { } holder && holder.Id != updated.Id)
            {
                return new UserWriteOutcome(UserWriteStatus.ExternalIdTaken, holder);
            }

            var handleChanges = !string.Equals(current.Handle, updated.Handle, StringComparison.Ordinal);
            if (handleChanges && HandleIsTaken(updated.Handle))
            {
                return UserWriteOutcome.HandleTaken;
            }

            // The indexes check keys against the stored record: unindex before the record changes, index after.
            if (handleChanges)
            {
                _keys.Remove(UserKey.Handle(current.Handle), current.Id);
            }

            UnindexExternalId(current);
            _records[updated.Id] = Write(updated, into: record);
            if (handleChanges)
            {
                _keys.Set(UserKey.Handle(updated.Handle), updated.Id);
            }

            IndexExternalId(updated);
            return UserWriteOutcome.Written;
        }
    }

    /// <summary>Removes the team's user and returns it, or null if the team has no such user.</summary>
    public StoredUser? Delete(Guid teamId, Guid id)
    {
        lock (_sync)
        {
            if (FindLocked(teamId, id) is not { } user)
            {
                return null;
            }

            _keys.Remove(UserKey.Handle(user.Handle), id);
            if (_broken.Breaks("wire.handle.reuse"))
            {
                _retiredHandles.Add(user.Handle);
            }

            UnindexExternalId(user);
            _arena.Free(_records[id]);
            _records.Remove(id);
            return user;
        }
    }

    /// <summary>Forgets every user and gives their memory back: a reset after a load test of a million users would
    /// otherwise keep its arena chunks and index capacity for the life of the process.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _arena = new RecordArena();
            _records.Clear();
            _keys.Clear();
            _retiredHandles.Clear();
        }
    }

    /// <summary>Bytes the arena holds in chunks, free space included.</summary>
    public long ReservedBytes
    {
        get
        {
            lock (_sync)
            {
                return _arena.Reserved;
            }
        }
    }

    private StoredUser? FindLocked(Guid teamId, Guid id) =>
        _records.TryGetValue(id, out var record) && UserRecord.TeamId(_arena.Payload(record)) == teamId ? UserRecord.Read(_arena.Payload(record)) : null;

    private bool HandleIsTaken(string handle) => _keys.Find(UserKey.Handle(handle)) is not null || _retiredHandles.Contains(handle);

    private StoredUser? HolderOfExternalId(Guid teamId, Guid? idpId, string externalId)
    {
        var found = idpId is { } idp
            ? _keys.Find(new UserKey(UserKeyKind.SamlRef, teamId, idp, FoldNameId(externalId)))
            : _keys.Find(new UserKey(UserKeyKind.ExternalId, teamId, Guid.Empty, externalId))
                ?? (_keys.Find(new UserKey(UserKeyKind.Email, teamId, Guid.Empty, externalId)) is { } byEmail
                    && !UserRecord.HasIdp(_arena.Payload(_records[byEmail])) ? byEmail : null);
        return found is { } id ? FindLocked(teamId, id) : null;
    }

    private void IndexExternalId(StoredUser user)
    {
        // The email lookup is only tried when no externalId matches, so an email equal to the externalId (the usual
        // email-mode user) needs no entry of its own.
        if (user.Email is { } email && !string.Equals(email.Value, user.ExternalId, StringComparison.Ordinal))
        {
            _keys.Set(new UserKey(UserKeyKind.Email, user.TeamId, Guid.Empty, email.Value), user.Id);
        }

        _keys.Set(ExternalIdKey(user), user.Id);
    }

    private void UnindexExternalId(StoredUser user)
    {
        if (user.Email is { } email)
        {
            _keys.Remove(new UserKey(UserKeyKind.Email, user.TeamId, Guid.Empty, email.Value), user.Id);
        }

        _keys.Remove(ExternalIdKey(user), user.Id);
    }

    private UserKey ExternalIdKey(StoredUser user) => user.IdpId is { } idp
        ? new UserKey(UserKeyKind.SamlRef, user.TeamId, idp, FoldNameId(user.ExternalId))
        : new UserKey(UserKeyKind.ExternalId, user.TeamId, Guid.Empty, user.ExternalId);

    /// <summary>spar case-folds NameIDs (normalizeUnqualifiedNameId), so Alice@x and alice@x are one user.</summary>
    private string FoldNameId(string nameId) => _broken.Breaks("wire.externalid.case") ? nameId : nameId.ToLowerInvariant();

    /// <summary>Whether the stored user <paramref name="id"/> has <paramref name="key"/> now: what makes the index exact.</summary>
    private bool Holds(Guid id, UserKey key)
    {
        if (!_records.TryGetValue(id, out var record))
        {
            return false;
        }

        var payload = _arena.Payload(record);
        if (key.Kind == UserKeyKind.Handle)
        {
            return UserRecord.Handle(payload).SequenceEqual(key.Value);
        }

        if (UserRecord.TeamId(payload) != key.TeamId)
        {
            return false;
        }

        return key.Kind switch
        {
            UserKeyKind.ExternalId => !UserRecord.HasIdp(payload) && UserRecord.ExternalId(payload).SequenceEqual(key.Value),
            UserKeyKind.Email => UserRecord.EmailValue(payload, out var none) is var email && !none && email.SequenceEqual(key.Value),
            UserKeyKind.SamlRef => UserRecord.HasIdp(payload) && UserRecord.IdpId(payload) == key.IdpId
                && FoldNameId(new string(UserRecord.ExternalId(payload))) == key.Value,
            _ => false,
        };
    }

    private bool IsStored(RecordRef record, StoredUser user)
    {
        var size = UserRecord.SizeOf(user);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            UserRecord.Write(user, buffer);
            return _arena.Payload(record).SequenceEqual(buffer.AsSpan(0, size));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the user over <paramref name="into"/> when it fits there, else into a new record.</summary>
    private RecordRef Write(StoredUser user, RecordRef? into)
    {
        var size = UserRecord.SizeOf(user);
        if (into is not { } existing || !_arena.TryResize(existing, size))
        {
            if (into is { } old)
            {
                _arena.Free(old);
            }

            existing = _arena.Allocate(size);
        }

        UserRecord.Write(user, _arena.Payload(existing));
        return existing;
    }
}

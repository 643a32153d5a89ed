namespace MockWireServer.Store.Records;

/// <summary>
/// An index from <see cref="UserKey"/>s to user ids that keeps no reference of its own: an entry is the key's 64-bit
/// hash and the id, and <c>holds</c> (the user's record, read by the owner) decides whether that user has the key. Two
/// keys with one hash both stay exact: the second id waits in a list under that hash, which exists only beside a first
/// entry, so a hash without a first entry is a key no one holds. At most one entry per key: <see cref="Set"/> replaces
/// the holder. Not thread-safe: its owner locks.
/// </summary>
/// <param name="holds">Whether the user with that id has that key now.</param>
/// <param name="hash">The key's hash; tests choose one that collides.</param>
public sealed class KeyIndex(Func<Guid, UserKey, bool> holds, Func<UserKey, ulong>? hash = null)
{
    private readonly Func<UserKey, ulong> _hash = hash ?? (key => key.Hash());
    private readonly ShardedDictionary<ulong, Guid> _first = new();
    private readonly Dictionary<ulong, List<Guid>> _collided = [];

    public Guid? Find(UserKey key) => Find(key, _hash(key));

    /// <summary>Adds unless some user holds the key already.</summary>
    public bool TryAdd(UserKey key, Guid id)
    {
        var hash = _hash(key);
        if (_first.TryAdd(hash, id))
        {
            return true;
        }

        if (Find(key, hash) is not null)
        {
            return false;
        }

        Add(hash, id);
        return true;
    }

    /// <summary>Makes <paramref name="id"/> the key's holder, whoever held it before.</summary>
    public void Set(UserKey key, Guid id)
    {
        var hash = _hash(key);
        if (_first.TryAdd(hash, id))
        {
            return;
        }

        if (Find(key, hash) is { } holder)
        {
            RemoveEntry(hash, holder);
        }

        Add(hash, id);
    }

    /// <summary>Removes the key only while <paramref name="id"/> holds it.</summary>
    public bool Remove(UserKey key, Guid id)
    {
        var hash = _hash(key);
        if (Find(key, hash) != id)
        {
            return false;
        }

        RemoveEntry(hash, id);
        return true;
    }

    /// <summary>Forgets every key and the capacity they took.</summary>
    public void Clear()
    {
        _first.Clear();
        _collided.Clear();
        _collided.TrimExcess();
    }

    private Guid? Find(UserKey key, ulong hash)
    {
        if (_first.TryGetValue(hash, out var id) && holds(id, key))
        {
            return id;
        }

        if (_collided.TryGetValue(hash, out var others))
        {
            foreach (var other in others)
            {
                if (holds(other, key))
                {
                    return other;
                }
            }
        }

        return null;
    }

    private void Add(ulong hash, Guid id)
    {
        if (_first.TryAdd(hash, id))
        {
            return;
        }

        if (!_collided.TryGetValue(hash, out var others))
        {
            _collided[hash] = others = [];
        }

        others.Add(id);
    }

    private void RemoveEntry(ulong hash, Guid id)
    {
        _collided.TryGetValue(hash, out var others);
        if (_first[hash] != id)
        {
            others!.Remove(id);
        }
        else if (others is { Count: > 0 })
        {
            _first[hash] = others[^1];
            others.RemoveAt(others.Count - 1);
        }
        else
        {
            _first.Remove(hash);
        }

        if (others is { Count: 0 })
        {
            _collided.Remove(hash);
        }
    }
}

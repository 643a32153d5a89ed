using System.Diagnostics.CodeAnalysis;

namespace MockWireServer.Store;

/// <summary>
/// A dictionary that takes its own lock for every read and write: for a map that grows with every created user (the
/// invitations). A <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey,TValue}"/> keeps one node object
/// per entry, and those nodes made each young collection two to three times longer per created user than a plain
/// dictionary, whose entries live inside one array (issue 11, `bench/StoreBenchmarks -- pauses`). Each access holds the
/// lock for one hash lookup, so readers rarely wait; it grows a 64th at a time (<see cref="Records.ShardedDictionary{TKey,TValue}"/>).
/// </summary>
public sealed class LockedMap<TKey, TValue>
    where TKey : notnull
{
    private readonly Records.ShardedDictionary<TKey, TValue> _entries = new();
    private readonly Lock _sync = new();

    public TValue this[TKey key]
    {
        set
        {
            lock (_sync)
            {
                _entries[key] = value;
            }
        }
    }

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_sync)
        {
            return _entries.TryGetValue(key, out value);
        }
    }

    public bool TryRemove(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_sync)
        {
            return _entries.Remove(key, out value);
        }
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }
}

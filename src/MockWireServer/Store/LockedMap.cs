using System.Diagnostics.CodeAnalysis;

namespace MockWireServer.Store;

/// <summary>
/// A dictionary that takes its own lock for every read and write: for a map that grows with every created user (the
/// invitations). A <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey,TValue}"/> keeps one node object
/// per entry, and those nodes made each young collection two to three times longer per created user than a plain
/// dictionary, whose entries live inside one array (issue 11, `bench/StoreBenchmarks -- pauses`). Each access holds the
/// lock for one hash lookup, so readers rarely wait.
/// </summary>
public sealed class LockedMap<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries = new(comparer);
    private readonly Lock _sync = new();

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

    /// <summary>A copy of the keys as they were at one moment.</summary>
    public IReadOnlyList<TKey> Keys
    {
        get
        {
            lock (_sync)
            {
                return [.. _entries.Keys];
            }
        }
    }

    /// <summary>A copy of the values as they were at one moment.</summary>
    public IReadOnlyList<TValue> Values
    {
        get
        {
            lock (_sync)
            {
                return [.. _entries.Values];
            }
        }
    }

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

    public TValue? GetValueOrDefault(TKey key) => TryGetValue(key, out var value) ? value : default;

    public bool ContainsKey(TKey key)
    {
        lock (_sync)
        {
            return _entries.ContainsKey(key);
        }
    }

    /// <summary>Adds unless the key is present, atomically: what makes two racing claims of one key safe.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        lock (_sync)
        {
            return _entries.TryAdd(key, value);
        }
    }

    public bool TryRemove(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_sync)
        {
            return _entries.Remove(key, out value);
        }
    }

    /// <summary>Removes the key only while it still maps to <paramref name="value"/>, atomically.</summary>
    public bool TryRemove(TKey key, TValue value)
    {
        lock (_sync)
        {
            return _entries.TryGetValue(key, out var current)
                && EqualityComparer<TValue>.Default.Equals(current, value)
                && _entries.Remove(key);
        }
    }

    /// <summary>The entries as they were at one moment.</summary>
    public IReadOnlyList<KeyValuePair<TKey, TValue>> Snapshot()
    {
        lock (_sync)
        {
            return [.. _entries];
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

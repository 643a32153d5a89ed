using System.Diagnostics.CodeAnalysis;

namespace MockWireServer.Store.Records;

/// <summary>
/// A dictionary kept as 64 dictionaries chosen by the key's hash, so growing never copies more than a 64th of it at
/// once. One dictionary of two million keys doubled under the user table's lock for up to 310 ms, and every POST
/// waited behind it: POST's p99 went from about 5 ms to 15-73 ms on a team of 600k users (issue 11). Not thread-safe:
/// its owner locks.
/// </summary>
public sealed class ShardedDictionary<TKey, TValue>
    where TKey : notnull
{
    private const int ShardBits = 6;

    private readonly Dictionary<TKey, TValue>[] _shards = NewShards();

    public int Count => _shards.Sum(shard => shard.Count);

    public IEnumerable<TValue> Values => _shards.SelectMany(shard => shard.Values);

    public TValue this[TKey key]
    {
        get => ShardOf(key)[key];
        set => ShardOf(key)[key] = value;
    }

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => ShardOf(key).TryGetValue(key, out value);

    public bool ContainsKey(TKey key) => ShardOf(key).ContainsKey(key);

    public bool TryAdd(TKey key, TValue value) => ShardOf(key).TryAdd(key, value);

    public bool Remove(TKey key) => ShardOf(key).Remove(key);

    public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value) => ShardOf(key).Remove(key, out value);

    /// <summary>Forgets every key and the capacity they took.</summary>
    public void Clear()
    {
        for (var i = 0; i < _shards.Length; i++)
        {
            _shards[i] = [];
        }
    }

    // The top bits pick the shard: each shard's own buckets use the hash modulo a prime, which these bits do not skew.
    private Dictionary<TKey, TValue> ShardOf(TKey key) =>
        _shards[(uint)EqualityComparer<TKey>.Default.GetHashCode(key) >> (32 - ShardBits)];

    private static Dictionary<TKey, TValue>[] NewShards() => [.. Enumerable.Range(0, 1 << ShardBits).Select(_ => new Dictionary<TKey, TValue>())];
}

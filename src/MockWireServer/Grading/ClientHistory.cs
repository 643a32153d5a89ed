using System.Collections.Concurrent;

namespace MockWireServer.Grading;

/// <summary>A 420/429 answer: when, how long the client was told to wait, and whether a too-early retry was reported.</summary>
public sealed record ThrottleEpisode(DateTimeOffset At, TimeSpan RetryAfter, bool Reported);

/// <summary>
/// What the stateful rules remember about one client (one bearer token, or one address without a token): the lookups it
/// made, when it was last throttled, the shape of its externalIds. Bounded. Every request of a client reads this, so
/// lookups and the externalId shape need no lock (two such locks were 5 % of the CPU under POST load, issue 11); the
/// retry rule's episode is written under <see cref="Sync"/>.
/// </summary>
public sealed class ClientHistory
{
    public const int MaxLookups = 10_000;

    private const int NoExternalIdYet = 0, EmailExternalId = 1, OtherExternalId = 2;

    private readonly ConcurrentDictionary<string, byte> _lookups = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _lookupOrder = new();
    private int _firstExternalIdShape = NoExternalIdYet;

    public object Sync { get; } = new();

    private volatile ThrottleEpisode? _throttled;

    /// <summary>
    /// When the client last got 420/429 and the Retry-After it was told; null once it got something else. Written under
    /// <see cref="Sync"/>; a reference, so a request can see "never throttled" without taking the lock every client
    /// request shares (that lock was 4 % of the CPU under load, issue 11).
    /// </summary>
    public ThrottleEpisode? Throttled { get => _throttled; set => _throttled = value; }

    /// <summary>
    /// Whether the first externalId this client sent looked like an email (the NameID format it chose); the first call
    /// decides, atomically, and later calls get that first answer.
    /// </summary>
    public bool FirstExternalIdLooksLikeEmail(bool looksLikeEmail)
    {
        var shape = looksLikeEmail ? EmailExternalId : OtherExternalId;
        var first = Interlocked.CompareExchange(ref _firstExternalIdShape, shape, NoExternalIdYet);
        return (first == NoExternalIdYet ? shape : first) == EmailExternalId;
    }

    /// <summary>Remembers a lookup; beyond <see cref="MaxLookups"/> the oldest are forgotten (racing adders may briefly exceed it).</summary>
    public void RememberLookup(string attribute, string value)
    {
        var key = Key(attribute, value);
        // TryAdd locks its bucket even for a key it has: a client repeating a lookup only reads.
        if (!_lookups.ContainsKey(key) && _lookups.TryAdd(key, 0))
        {
            _lookupOrder.Enqueue(key);
            if (_lookupOrder.Count > MaxLookups && _lookupOrder.TryDequeue(out var oldest))
            {
                _lookups.TryRemove(oldest, out _);
            }
        }
    }

    public bool LookedUp(string attribute, string value) => _lookups.ContainsKey(Key(attribute, value));

    // userName is matched case-insensitively by Wire (lowercased before lookup); externalId is compared as sent.
    private static string Key(string attribute, string value) =>
        attribute.Equals("userName", StringComparison.OrdinalIgnoreCase) ? "username:" + value.ToLowerInvariant() : "externalid:" + value;
}

namespace MockWireServer.Grading;

/// <summary>A 420/429 answer: when, how long the client was told to wait, and whether a too-early retry was reported.</summary>
public sealed record ThrottleEpisode(DateTimeOffset At, TimeSpan RetryAfter, bool Reported);

/// <summary>
/// What the stateful rules remember about one client (one bearer token, or one address without a token): the lookups it
/// made, when it was last throttled, the shape of its externalIds. Bounded; callers hold <see cref="Sync"/> while reading.
/// </summary>
public sealed class ClientHistory
{
    public const int MaxLookups = 10_000;

    private readonly HashSet<string> _lookups = new(StringComparer.Ordinal);
    private readonly Queue<string> _lookupOrder = new();

    public object Sync { get; } = new();

    private volatile ThrottleEpisode? _throttled;

    /// <summary>
    /// When the client last got 420/429 and the Retry-After it was told; null once it got something else. Written under
    /// <see cref="Sync"/>; a reference, so a request can see "never throttled" without taking the lock every client
    /// request shares (that lock was 4 % of the CPU under load, issue 11).
    /// </summary>
    public ThrottleEpisode? Throttled { get => _throttled; set => _throttled = value; }

    /// <summary>Whether the first externalId this client sent looked like an email (the NameID format it chose).</summary>
    public bool? ExternalIdLooksLikeEmail { get; set; }

    public void RememberLookup(string attribute, string value)
    {
        var key = Key(attribute, value);
        if (_lookups.Add(key))
        {
            _lookupOrder.Enqueue(key);
            if (_lookupOrder.Count > MaxLookups)
            {
                _lookups.Remove(_lookupOrder.Dequeue());
            }
        }
    }

    public bool LookedUp(string attribute, string value) => _lookups.Contains(Key(attribute, value));

    // userName is matched case-insensitively by Wire (lowercased before lookup); externalId is compared as sent.
    private static string Key(string attribute, string value) =>
        attribute.Equals("userName", StringComparison.OrdinalIgnoreCase) ? "username:" + value.ToLowerInvariant() : "externalid:" + value;
}

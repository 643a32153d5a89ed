using System.Threading.RateLimiting;

namespace MockWireServer.Hosting;

/// <summary>
/// The chaos in force now: set at start from <see cref="MockWireOptions.Chaos"/> and changed at run time through
/// <c>PUT /mock/chaos</c>, so a test or a vendor can set up a team on a calm mock and then make it misbehave.
/// </summary>
public sealed class ChaosSwitch : IDisposable
{
    private volatile ChaosState _current = new(ChaosSettings.None);

    public ChaosState Current => _current;

    public void Set(ChaosSettings settings)
    {
        var previous = _current;
        _current = new ChaosState(settings);
        previous.Dispose();
    }

    public void Dispose() => _current.Dispose();
}

/// <summary>One setting of chaos with its own dice and rate limiter, replaced as a whole when the setting changes.</summary>
public sealed class ChaosState(ChaosSettings settings) : IDisposable
{
    private readonly Random _random = settings.Seed is { } seed ? new Random(seed) : new Random();

    private readonly TokenBucketRateLimiter? _limiter = settings.RateLimitPerSecond is { } perSecond
        ? new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions { TokenLimit = perSecond, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true })
        : null;

    public ChaosSettings Settings => settings;

    /// <summary>False when the request is over the rate limit.</summary>
    public bool WithinRateLimit()
    {
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    public bool Happens(double rate)
    {
        if (rate <= 0)
        {
            return false;
        }

        lock (_random)
        {
            return _random.NextDouble() < rate;
        }
    }

    public void Dispose() => _limiter?.Dispose();
}

using System.Globalization;

namespace MockWireServer.Hosting;

/// <summary>
/// <c>--MockWire:Chaos=latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20[,seed=42]</c>: a faulty server for testing
/// clients. Latency before every answer, a share of 500s, a share of dropped connections, and a global limit in requests
/// per second answered with 429 and <c>Retry-After</c>.
/// </summary>
public sealed record ChaosSettings(TimeSpan Latency, double ErrorRate, double DropRate, int? RateLimitPerSecond, int? Seed)
{
    public static readonly ChaosSettings None = new(TimeSpan.Zero, 0, 0, null, null);

    public bool IsOn => this != None;

    public static (ChaosSettings? Settings, string? Error) Parse(string? text)
    {
        var settings = None;
        if (string.Equals(text?.Trim(), "off", StringComparison.Ordinal))
        {
            return (settings, null);
        }

        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (part[..eq].Trim(), part[(eq + 1)..].Trim()) : (part, "");
            ChaosSettings? next = key switch
            {
                "latency" => Duration(value) is { } latency ? settings with { Latency = latency } : null,
                "error-rate" => Rate(value) is { } errors ? settings with { ErrorRate = errors } : null,
                "drop" => Rate(value) is { } drops ? settings with { DropRate = drops } : null,
                "rate-limit" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0 ? settings with { RateLimitPerSecond = limit } : null,
                "seed" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? settings with { Seed = seed } : null,
                _ => null,
            };
            if (next is null)
            {
                return (null, $"Invalid chaos setting '{part}': use latency=50ms, error-rate=0.05, drop=0.01, rate-limit=20, seed=42");
            }

            settings = next;
        }

        return (settings, null);
    }

    /// <summary>The option text that gives these settings back ("off" when there is no chaos).</summary>
    public string Text()
    {
        if (!IsOn)
        {
            return "off";
        }

        var parts = new List<string>();
        if (Latency > TimeSpan.Zero)
        {
            parts.Add(FormattableString.Invariant($"latency={Latency.TotalMilliseconds}ms"));
        }

        if (ErrorRate > 0)
        {
            parts.Add(FormattableString.Invariant($"error-rate={ErrorRate}"));
        }

        if (DropRate > 0)
        {
            parts.Add(FormattableString.Invariant($"drop={DropRate}"));
        }

        if (RateLimitPerSecond is { } limit)
        {
            parts.Add(FormattableString.Invariant($"rate-limit={limit}"));
        }

        if (Seed is { } seed)
        {
            parts.Add(FormattableString.Invariant($"seed={seed}"));
        }

        return string.Join(',', parts);
    }

    /// <summary>"50ms", "2s" or a number of milliseconds.</summary>
    private static TimeSpan? Duration(string value)
    {
        var (number, scale) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : (value, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0 && amount * scale <= 600_000
            ? TimeSpan.FromMilliseconds(amount * scale)
            : null;
    }

    private static double? Rate(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? rate : null;
}

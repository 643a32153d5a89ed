namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.retry.no-backoff</c>: after 420 (nginz's rate limit, wire-scim.md §10.5) or 429 the client waits at least
/// Retry-After (one second without one) before its next request. Reported once per throttling episode.
/// </summary>
public sealed class RetryNoBackoffRule : IClientRule
{
    public string Id => "client.retry.no-backoff";

    public string Title => "After 420/429 the client waits Retry-After before retrying";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Status is not (420 or 429) && history.Throttled is null)
        {
            return;
        }

        RuleHit? hit = null;
        lock (history.Sync)
        {
            var previous = history.Throttled;
            var inWindow = previous is { } p && exchange.At - p.At < p.RetryAfter;
            if (inWindow && !previous!.Reported)
            {
                hit = new RuleHit(FindingSeverity.Error,
                    $"The client sent this request {(exchange.At - previous.At).TotalMilliseconds:0} ms after a {(exchange.Status is 420 or 429 ? "throttled" : "420/429")} answer that asked it to wait {previous.RetryAfter.TotalSeconds:0.###} s. Wire's nginz throttles with 420 (not 429); retrying at once keeps the client throttled.",
                    "Treat 420 like 429: wait Retry-After (or back off exponentially from one second), then retry.");
            }

            var reported = inWindow && (previous!.Reported || hit is not null);
            if (exchange.Status is 420 or 429)
            {
                var retryAfter = int.TryParse(exchange.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(1);
                history.Throttled = new ThrottleEpisode(exchange.At, retryAfter, reported);
            }
            else
            {
                history.Throttled = inWindow ? previous! with { Reported = reported } : null;
            }
        }

        if (hit is not null)
        {
            hits.Add(hit);
        }
    }
}

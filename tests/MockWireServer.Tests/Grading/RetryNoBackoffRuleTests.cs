using MockWireServer.Grading;
using MockWireServer.Grading.Rules;

namespace MockWireServer.Tests.Grading;

/// <summary>The backoff rule as a pure function over a client's timeline (no clocks, no sleeps).</summary>
public sealed class RetryNoBackoffRuleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("an immediate retry after 420", new[] { 0, 50 }, new[] { 420, 200 }, null, 1)]
    [InlineData("a retry after Retry-After has passed", new[] { 0, 1000 }, new[] { 420, 200 }, null, 0)]
    [InlineData("a retry before a 3 s Retry-After", new[] { 0, 2000 }, new[] { 429, 200 }, "3", 1)]
    [InlineData("hammering is one episode, reported once", new[] { 0, 10, 20, 30, 40 }, new[] { 420, 420, 420, 420, 200 }, null, 1)]
    [InlineData("two episodes apart are reported twice", new[] { 0, 10, 5000, 5010 }, new[] { 420, 420, 420, 200 }, null, 2)]
    [InlineData("no throttling, no finding", new[] { 0, 1, 2 }, new[] { 200, 201, 200 }, null, 0)]
    public void Retries_inside_the_throttle_window_are_reported_once_per_episode(string what, int[] millis, int[] statuses, string? retryAfter, int expected)
    {
        var rule = new RetryNoBackoffRule();
        var history = new ClientHistory();
        var hits = new List<RuleHit>();
        foreach (var (offset, status) in millis.Zip(statuses))
        {
            rule.Check(Exchange(Start.AddMilliseconds(offset), status, retryAfter), history, hits);
        }

        hits.Should().HaveCount(expected, what);
        hits.Where(h => h.Severity != FindingSeverity.Error).Should().BeEmpty();
    }

    private static ClientExchange Exchange(DateTimeOffset at, int status, string? retryAfter) =>
        new("GET", "/scim/v2/Users", "?filter=userName%20eq%20%22a.b%22", null, null, at, "Bearer t", null, false, status, null, status is 420 or 429 ? retryAfter : null);
}

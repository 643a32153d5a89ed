using MockWireServer.Grading;

namespace MockWireServer.Tests.Grading;

/// <summary>The finding store under many clients at once: bounded, and every finding either kept or counted.</summary>
public sealed class FindingStoreTests
{
    [Fact]
    public async Task Findings_added_from_many_threads_are_kept_up_to_the_capacity_and_the_rest_counted()
    {
        var store = new FindingStore(capacity: 1_000);
        const int threads = 8, perThread = 500;

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                store.Add(Finding($"t{t}-{i}"));
            }
        }, TestContext.Current.CancellationToken)));

        var (_, findings, dropped) = store.Snapshot();
        findings.Should().HaveCount(1_000);
        findings.Select(f => f.Message).Should().OnlyHaveUniqueItems();
        dropped.Should().Be((threads * perThread) - 1_000);
    }

    [Fact]
    public void A_cleared_store_keeps_findings_again()
    {
        var store = new FindingStore(capacity: 1);
        store.Add(Finding("first"));
        store.Add(Finding("dropped"));

        store.Clear();
        store.Add(Finding("after clear"));

        var (_, findings, dropped) = store.Snapshot();
        findings.Select(f => f.Message).Should().Equal("after clear");
        dropped.Should().Be(0);
    }

    private static ClientFinding Finding(string message) =>
        new("client.test", FindingSeverity.Warning, message, "fix", new FindingRequest("GET", "/scim/v2/Users", DateTimeOffset.UnixEpoch), new FindingResponse(200));
}

using MockWireServer.Grading;

namespace MockWireServer.Tests.Grading;

/// <summary>One client's history, read and written by all its requests at once without a lock.</summary>
public sealed class ClientHistoryTests
{
    [Fact]
    public async Task The_first_externalId_shape_wins_even_when_requests_race()
    {
        var history = new ClientHistory();
        using var start = new ManualResetEventSlim();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return Enumerable.Range(0, 1_000).Select(i => history.FirstExternalIdLooksLikeEmail((t + i) % 2 == 0)).ToList();
        }, TestContext.Current.CancellationToken)).Append(Task.Run(() => { start.Set(); return new List<bool>(); })));

        var all = answers.SelectMany(a => a).ToList();
        all.Should().HaveCount(8_000);
        all.Distinct().Should().ContainSingle("every request sees the one shape that came first");
        history.FirstExternalIdLooksLikeEmail(!all[0]).Should().Be(all[0]);
    }

    [Fact]
    public void Lookups_match_userName_in_any_case_and_externalId_exactly()
    {
        var history = new ClientHistory();
        history.RememberLookup("userName", "Alice");
        history.RememberLookup("externalId", "Bob@Example.com");

        history.LookedUp("userName", "alice").Should().BeTrue();
        history.LookedUp("externalId", "Bob@Example.com").Should().BeTrue();
        history.LookedUp("externalId", "bob@example.com").Should().BeFalse();
    }

    [Fact]
    public async Task Lookups_from_many_threads_stay_bounded_and_the_newest_is_kept()
    {
        var history = new ClientHistory();
        const int threads = 4, perThread = ClientHistory.MaxLookups;

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                history.RememberLookup("externalId", $"t{t}-{i}");
            }
        }, TestContext.Current.CancellationToken)));

        history.RememberLookup("externalId", "newest");

        var sent = Enumerable.Range(0, threads).SelectMany(t => Enumerable.Range(0, perThread).Select(i => $"t{t}-{i}")).Append("newest");
        sent.Count(v => history.LookedUp("externalId", v)).Should().Be(ClientHistory.MaxLookups);
        history.LookedUp("externalId", "newest").Should().BeTrue();
    }
}

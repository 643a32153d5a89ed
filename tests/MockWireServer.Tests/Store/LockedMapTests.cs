using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>The map the store keeps its invitations in: safe reads while writers grow and shrink it.</summary>
public sealed class LockedMapTests
{
    [Fact]
    public async Task Readers_run_safely_while_writers_grow_and_shrink_the_map()
    {
        var map = new LockedMap<int, string>();
        using var stop = new CancellationTokenSource();
        var inconsistencies = 0;

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // A plain dictionary read during a resize can miss a present key, see a torn entry or throw.
                if (map.TryGetValue(0, out var zero) && zero != "0")
                {
                    Interlocked.Increment(ref inconsistencies);
                }
            }
        })).ToList();
        map[0] = "0";
        for (var i = 1; i < 200_000; i++)
        {
            map[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i % 3 == 0)
            {
                map.TryRemove(i - 1, out _);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        inconsistencies.Should().Be(0);
        map.TryGetValue(0, out var kept).Should().BeTrue("key 0 was never removed");
        kept.Should().Be("0");
        map.Count.Should().Be(200_000 - (199_999 / 3));
    }

    [Fact]
    public void A_removed_key_is_gone_and_its_value_returned()
    {
        var map = new LockedMap<string, int>();
        map["alice"] = 1;

        map.TryRemove("alice", out var removed).Should().BeTrue();

        removed.Should().Be(1);
        map.TryGetValue("alice", out _).Should().BeFalse();
        map.TryRemove("alice", out _).Should().BeFalse();
    }
}

using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>The map the store keeps its per-user indexes in: atomic claims, conditional removal, safe concurrent reads.</summary>
public sealed class LockedMapTests
{
    [Fact]
    public async Task Of_many_threads_claiming_one_key_exactly_one_wins()
    {
        for (var round = 0; round < 50; round++)
        {
            var map = new LockedMap<string, int>(StringComparer.Ordinal);
            using var start = new Barrier(8);

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(claimant => Task.Run(() =>
            {
                start.SignalAndWait();
                return map.TryAdd("alice", claimant);
            })));

            claims.Count(won => won).Should().Be(1);
            map.TryGetValue("alice", out var winner).Should().BeTrue();
            claims[winner].Should().BeTrue("the stored value is the winner's");
        }
    }

    [Fact]
    public void A_conditional_remove_leaves_a_key_that_maps_to_another_value()
    {
        var map = new LockedMap<string, Guid>(StringComparer.Ordinal);
        var (before, after) = (Guid.NewGuid(), Guid.NewGuid());
        map["alice"] = after;

        map.TryRemove("alice", before).Should().BeFalse();
        map.GetValueOrDefault("alice").Should().Be(after);
        map.TryRemove("alice", after).Should().BeTrue();
        map.ContainsKey("alice").Should().BeFalse();
    }

    [Fact]
    public void The_comparer_decides_which_keys_are_one()
    {
        var map = new LockedMap<string, int>(StringComparer.OrdinalIgnoreCase);

        map.TryAdd("Alice", 1).Should().BeTrue();

        map.TryAdd("alice", 2).Should().BeFalse();
        map.Count.Should().Be(1);
    }

    [Fact]
    public async Task Readers_and_snapshots_run_safely_while_writers_grow_and_shrink_the_map()
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

                var keys = map.Keys;
                if (keys.Count > 0 && !keys.Contains(0))
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
        map.GetValueOrDefault(0).Should().Be("0", "key 0 was never removed");
        map.Values.Should().HaveCount(map.Count);
    }
}

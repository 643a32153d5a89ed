using FsCheck;
using FsCheck.Xunit;
using MockWireServer.Store.Records;

namespace MockWireServer.Tests.Store;

/// <summary>Split into shards, the dictionary still answers every operation as one dictionary would.</summary>
public sealed class ShardedDictionaryTests
{
    [Property(MaxTest = 300)]
    public void Any_sequence_of_writes_leaves_what_one_dictionary_would(byte[] ops, ulong[] keys)
    {
        var sharded = new ShardedDictionary<ulong, int>();
        var model = new Dictionary<ulong, int>();
        for (var i = 0; i < ops.Length && keys.Length > 0; i++)
        {
            var key = keys[i % keys.Length];
            switch (ops[i] % 4)
            {
                case 0:
                    sharded[key] = i;
                    model[key] = i;
                    break;
                case 1:
                    sharded.TryAdd(key, i).Should().Be(model.TryAdd(key, i));
                    break;
                case 2:
                    sharded.Remove(key).Should().Be(model.Remove(key));
                    break;
                default:
                    sharded.Remove(key, out var removed).Should().Be(model.Remove(key, out var expected));
                    removed.Should().Be(expected);
                    break;
            }
        }

        sharded.Count.Should().Be(model.Count);
        sharded.Values.Should().BeEquivalentTo(model.Values);
        foreach (var key in keys)
        {
            sharded.ContainsKey(key).Should().Be(model.ContainsKey(key));
            sharded.TryGetValue(key, out var value).Should().Be(model.TryGetValue(key, out var expected));
            value.Should().Be(expected);
        }
    }

    [Fact]
    public void A_hundred_thousand_keys_are_all_counted_and_found_and_clearing_forgets_them()
    {
        var sharded = new ShardedDictionary<Guid, int>();
        var ids = Enumerable.Range(0, 100_000).Select(_ => Guid.NewGuid()).ToList();
        ids.ForEach(id => sharded[id] = 1);

        sharded.Count.Should().Be(100_000);
        sharded.ContainsKey(ids[^1]).Should().BeTrue();

        sharded.Clear();

        sharded.Count.Should().Be(0);
        sharded.ContainsKey(ids[^1]).Should().BeFalse();
    }
}

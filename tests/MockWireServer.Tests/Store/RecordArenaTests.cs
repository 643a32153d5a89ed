using MockWireServer.Store.Records;

namespace MockWireServer.Tests.Store;

/// <summary>Byte records in chunks: each keeps its bytes, freed space is reused, a record larger than a chunk fits.</summary>
public sealed class RecordArenaTests
{
    [Fact]
    public void Records_keep_their_own_bytes()
    {
        var arena = new RecordArena();
        var records = Enumerable.Range(1, 5000).Select(i => (Record: arena.Allocate(i % 700), Fill: (byte)i)).ToList();

        foreach (var (record, fill) in records)
        {
            arena.Payload(record).Fill(fill);
        }

        records.Select((r, i) => arena.Payload(r.Record).ToArray()).Should()
            .Equal(records.Select((r, i) => Enumerable.Repeat(r.Fill, (i + 1) % 700).ToArray()), (read, expected) => read.SequenceEqual(expected));
    }

    [Fact]
    public void A_freed_record_is_reused_for_one_of_the_same_capacity_and_no_new_space_is_taken()
    {
        var arena = new RecordArena();
        var first = arena.Allocate(300);
        arena.Allocate(300);
        arena.Free(first);

        var reused = arena.Allocate(310);

        reused.Should().Be(first, "300 and 310 bytes with the header both round up to 320");
        arena.Payload(reused).Length.Should().Be(310);
    }

    [Fact]
    public void A_record_grows_in_place_within_its_capacity_only()
    {
        var arena = new RecordArena();
        var record = arena.Allocate(100);

        arena.TryResize(record, 104).Should().BeTrue("100 bytes and the header round up to 112");
        arena.Payload(record).Length.Should().Be(104);
        arena.TryResize(record, 105).Should().BeFalse();
        arena.Payload(record).Length.Should().Be(104);
    }

    [Fact]
    public void A_record_larger_than_a_chunk_gets_a_chunk_of_its_own()
    {
        var arena = new RecordArena();
        var small = arena.Allocate(10);
        arena.Payload(small).Fill(7);

        var large = arena.Allocate(3 << 20);
        arena.Payload(large).Fill(9);

        arena.Payload(large).Length.Should().Be(3 << 20);
        arena.Payload(small).ToArray().Should().OnlyContain(b => b == 7);
        arena.Reserved.Should().Be((1 << 20) + (4 << 20));
    }
}

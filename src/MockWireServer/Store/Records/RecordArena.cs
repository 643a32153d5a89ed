using System.Buffers.Binary;
using System.Numerics;

namespace MockWireServer.Store.Records;

/// <summary>Where one record lives in a <see cref="RecordArena"/>.</summary>
public readonly record struct RecordRef(int Chunk, int Offset);

/// <summary>
/// Byte records kept in large chunks, so that what the mock stores per user is no object the garbage collector has to
/// copy or trace: each object a created user kept made every young collection longer (POST p99 of 23-44 ms, issue 11,
/// `bench/StoreBenchmarks -- pauses`). A freed record's space goes to a free list of its capacity and is reused.
/// Not thread-safe: its owner locks.
/// </summary>
public sealed class RecordArena
{
    private const int ChunkSize = 1 << 20;
    private const int HeaderSize = 8; // payload length, then capacity
    private const int Granularity = 16;

    private readonly List<byte[]> _chunks = [];
    private readonly Dictionary<int, Stack<RecordRef>> _free = [];
    private int _used;

    /// <summary>Bytes held in chunks, free space included.</summary>
    public long Reserved => _chunks.Sum(chunk => (long)chunk.Length);

    public RecordRef Allocate(int length)
    {
        var capacity = CapacityFor(length);
        var record = _free.TryGetValue(capacity, out var free) && free.TryPop(out var reused) ? reused : Carve(capacity);
        var header = _chunks[record.Chunk].AsSpan(record.Offset, HeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], capacity);
        return record;
    }

    /// <summary>Sets the record's length to <paramref name="length"/> if its capacity allows; otherwise leaves it.</summary>
    public bool TryResize(RecordRef record, int length)
    {
        var header = _chunks[record.Chunk].AsSpan(record.Offset, HeaderSize);
        if (length > BinaryPrimitives.ReadInt32LittleEndian(header[4..]) - HeaderSize)
        {
            return false;
        }

        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        return true;
    }

    public void Free(RecordRef record)
    {
        var capacity = BinaryPrimitives.ReadInt32LittleEndian(_chunks[record.Chunk].AsSpan(record.Offset + 4, 4));
        if (!_free.TryGetValue(capacity, out var free))
        {
            _free[capacity] = free = new Stack<RecordRef>();
        }

        free.Push(record);
    }

    public Span<byte> Payload(RecordRef record)
    {
        var chunk = _chunks[record.Chunk];
        var length = BinaryPrimitives.ReadInt32LittleEndian(chunk.AsSpan(record.Offset, 4));
        return chunk.AsSpan(record.Offset + HeaderSize, length);
    }

    // Small records round up to 16 bytes (little waste at a million users); large ones to a power of two.
    private static int CapacityFor(int length)
    {
        var needed = length + HeaderSize;
        return needed <= 4096 ? (needed + Granularity - 1) / Granularity * Granularity : (int)BitOperations.RoundUpToPowerOf2((uint)needed);
    }

    private RecordRef Carve(int capacity)
    {
        if (_chunks.Count == 0 || _used + capacity > _chunks[^1].Length)
        {
            // A record larger than a chunk gets a chunk of its own size. Byte arrays hold no references: the collector
            // never scans them, and from 85 KB on it never moves them either.
            _chunks.Add(GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, capacity)));
            _used = 0;
        }

        var record = new RecordRef(_chunks.Count - 1, _used);
        _used += capacity;
        return record;
    }
}

using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace StoreBenchmarks;

/// <summary>
/// The machine's price of one dependent read at a random place in as much memory as the store holds for that many users
/// (about 800 bytes each, see the <c>memory</c> command): what each step of a lookup that misses the CPU cache pays,
/// whatever its algorithm. The reads chase a random cycle, so one cannot start before the last ends, as in a hash
/// lookup (bucket, then entry, then key). Compare <see cref="StoreLookups"/> with it.
/// </summary>
public class MemoryLatencyFloor
{
    private const int BytesPerUser = 800;

    private byte[] _memory = null!;
    private int _slot;

    [Params(1_000, 100_000, 1_000_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _memory = new byte[(long)Users * BytesPerUser];
        var order = Enumerable.Range(0, Users).ToArray();
        new Random(7919).Shuffle(order);
        for (var i = 0; i < Users; i++)
        {
            SlotAt(order[i]) = order[(i + 1) % Users];
        }
    }

    [Benchmark]
    public int DependentRandomRead() => _slot = SlotAt(_slot);

    private ref int SlotAt(int slot) => ref MemoryMarshal.Cast<byte, int>(_memory.AsSpan(slot * BytesPerUser, sizeof(int)))[0];
}

using System.Buffers;
using System.Text.Json;

namespace MockWireServer.Scim.Http;

/// <summary>
/// A buffer and a JSON writer over it, reused by the thread that renders: a rendered user or list then allocates only
/// its result, where a MemoryStream per render grew and copied its buffers (half of the mock's allocations under load,
/// issue 11). Rent with <c>using</c>; each thread keeps a few free ones, so renders may nest (a user's meta inside it).
/// </summary>
public sealed class JsonScratch : IDisposable
{
    // Big renders (a list of many users) are not worth keeping per thread.
    private const int MaxKeptBytes = 64 * 1024;
    private const int MaxKeptPerThread = 4;

    [ThreadStatic]
    private static Stack<JsonScratch>? t_free;

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    private JsonScratch() => Writer = new Utf8JsonWriter(_buffer, JsonOutput.Writer);

    public Utf8JsonWriter Writer { get; }

    /// <summary>What was written so far (flushed).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenSpan;
        }
    }

    public static JsonScratch Rent() => t_free is { Count: > 0 } free ? free.Pop() : new JsonScratch();

    /// <summary>Returns the scratch to this thread's free ones (it may be disposed on another thread after an await: fine).</summary>
    public void Dispose()
    {
        Writer.Reset();
        _buffer.ResetWrittenCount();
        var free = t_free ??= new Stack<JsonScratch>(MaxKeptPerThread);
        if (_buffer.Capacity <= MaxKeptBytes && free.Count < MaxKeptPerThread)
        {
            free.Push(this);
        }
    }
}

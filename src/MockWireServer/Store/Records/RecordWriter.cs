using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MockWireServer.Store.Records;

/// <summary>Writes a record's fields in order: little-endian numbers, strings as their UTF-16 length (-1: null) and chars.</summary>
public ref struct RecordWriter(Span<byte> into)
{
    public const int TimeSize = 10;

    private readonly Span<byte> _into = into;
    private int _at;

    /// <summary>The bytes <see cref="String"/> writes for <paramref name="value"/>.</summary>
    public static int SizeOf(string? value) => 4 + ((value?.Length ?? 0) * 2);

    public void Guid(Guid value)
    {
        value.TryWriteBytes(_into[_at..]);
        _at += 16;
    }

    public void UInt128(UInt128 value)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(_into[_at..], value);
        _at += 16;
    }

    public void UInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_into[_at..], value);
        _at += 2;
    }

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_into[_at..], value);
        _at += 4;
    }

    public void Time(DateTimeOffset value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_into[_at..], value.Ticks);
        BinaryPrimitives.WriteInt16LittleEndian(_into[(_at + 8)..], (short)value.TotalOffsetMinutes);
        _at += TimeSize;
    }

    public void String(string? value)
    {
        Int32(value?.Length ?? RecordReader.NullString);
        if (value is not null)
        {
            MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(_into[_at..]);
            _at += value.Length * 2;
        }
    }
}

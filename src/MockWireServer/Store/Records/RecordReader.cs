using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MockWireServer.Store.Records;

/// <summary>Reads what <see cref="RecordWriter"/> wrote, in the same order.</summary>
public ref struct RecordReader(ReadOnlySpan<byte> record, int at = 0)
{
    public const int NullString = -1;

    private readonly ReadOnlySpan<byte> _record = record;
    private int _at = at;

    public Guid Guid()
    {
        var value = new Guid(_record.Slice(_at, 16));
        _at += 16;
        return value;
    }

    public UInt128 UInt128()
    {
        var value = BinaryPrimitives.ReadUInt128LittleEndian(_record[_at..]);
        _at += 16;
        return value;
    }

    public ushort UInt16()
    {
        var value = BinaryPrimitives.ReadUInt16LittleEndian(_record[_at..]);
        _at += 2;
        return value;
    }

    public int Int32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_record[_at..]);
        _at += 4;
        return value;
    }

    public DateTimeOffset Time()
    {
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(_record[_at..]);
        var offset = BinaryPrimitives.ReadInt16LittleEndian(_record[(_at + 8)..]);
        _at += 10;
        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset));
    }

    public string? String()
    {
        var chars = String(out var isNull);
        return isNull ? null : new string(chars);
    }

    public ReadOnlySpan<char> String(out bool isNull)
    {
        var length = Int32();
        isNull = length == NullString;
        if (isNull)
        {
            return default;
        }

        var chars = MemoryMarshal.Cast<byte, char>(_record.Slice(_at, length * 2));
        _at += length * 2;
        return chars;
    }

    public void Skip() => String(out _);
}

using System.Text;

namespace MockWireServer.Scim.Http;

/// <summary>
/// Timestamps as spar shows them: UTC with millisecond precision, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>. Written digit by
/// digit: the custom format string took 2.5 % of the mock's CPU under GET load, more than the user's content (issue 11).
/// </summary>
public static class ScimTimestamp
{
    /// <summary>Characters in every timestamp (years 1 to 9999).</summary>
    public const int Length = 24;

    /// <summary>Writes the timestamp's ASCII bytes into the first <see cref="Length"/> bytes of <paramref name="utf8"/>.</summary>
    public static void Format(DateTimeOffset at, Span<byte> utf8)
    {
        var utc = at.UtcDateTime;
        var (date, time) = (DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc));
        WriteDigits(utf8[..4], date.Year);
        utf8[4] = (byte)'-';
        WriteDigits(utf8.Slice(5, 2), date.Month);
        utf8[7] = (byte)'-';
        WriteDigits(utf8.Slice(8, 2), date.Day);
        utf8[10] = (byte)'T';
        WriteDigits(utf8.Slice(11, 2), time.Hour);
        utf8[13] = (byte)':';
        WriteDigits(utf8.Slice(14, 2), time.Minute);
        utf8[16] = (byte)':';
        WriteDigits(utf8.Slice(17, 2), time.Second);
        utf8[19] = (byte)'.';
        WriteDigits(utf8.Slice(20, 3), time.Millisecond);
        utf8[23] = (byte)'Z';
    }

    public static string ToText(DateTimeOffset at)
    {
        Span<byte> utf8 = stackalloc byte[Length];
        Format(at, utf8);
        return Encoding.ASCII.GetString(utf8);
    }

    /// <summary>The value, zero-padded to the span's width.</summary>
    private static void WriteDigits(Span<byte> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}

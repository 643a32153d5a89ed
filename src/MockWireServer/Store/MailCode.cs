using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;

namespace MockWireServer.Store;

/// <summary>
/// The code a mail carries (an invitation's, a verification's): 128 random bits written as 32 lowercase hex digits. The
/// store keeps it as the number, so that what it keeps per invited user holds no string (issue 11).
/// </summary>
public static class MailCode
{
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Format(UInt128 code) => code.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>Only the exact form <see cref="Format"/> writes: another spelling of the number is another code.</summary>
    public static bool TryParse(string text, out UInt128 code)
    {
        code = default;
        return text.Length == 32 && !text.AsSpan().ContainsAnyExcept(LowerHexDigits)
            && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace MockWireServer.Tokens;

/// <summary>Token secrets: base64 of 32 random bytes (44 characters), stored only as SHA-512 like spar.</summary>
public static class ScimTokenSecret
{
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA512.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The hash without allocating (every SCIM request hashes its bearer token); false for a huge header.</summary>
    public static bool TryHash(ReadOnlySpan<char> token, Span<byte> hash)
    {
        Span<byte> utf8 = stackalloc byte[512];
        return Encoding.UTF8.TryGetBytes(token, utf8, out var length) && SHA512.TryHashData(utf8[..length], hash, out _);
    }

    /// <summary>The index key of a hash: its first 128 bits. Callers still compare the whole hash (FixedTimeEquals).</summary>
    public static UInt128 Key(ReadOnlySpan<byte> hash) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);

    /// <summary>Compares a presented token with a stored hash in constant time.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}

using System.Security.Cryptography;
using System.Text;

namespace MockWireServer.Tokens;

/// <summary>Token secrets: base64 of 32 random bytes (44 characters), stored only as SHA-512 like spar.</summary>
public static class ScimTokenSecret
{
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA512.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Compares a presented token with a stored hash in constant time.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}

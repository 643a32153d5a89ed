using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MockWireServer.Login;

/// <summary>A logged-in Wire user (zauth access token), which the token API needs.</summary>
public sealed record AccessSession(Guid TeamId, Guid UserId, DateTimeOffset ExpiresAt);

/// <summary>Access tokens issued by <c>POST /login</c>, kept only as hashes like the SCIM tokens.</summary>
public sealed class AccessSessions(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, AccessSession> _sessions = new(StringComparer.Ordinal);

    public string Issue(Guid teamId, Guid userId)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        _sessions[Key(token)] = new AccessSession(teamId, userId, clock.GetUtcNow() + Lifetime);
        return token;
    }

    public AccessSession? Find(string token) =>
        _sessions.TryGetValue(Key(token), out var session) && session.ExpiresAt > clock.GetUtcNow() ? session : null;

    public void Clear() => _sessions.Clear();

    private static string Key(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

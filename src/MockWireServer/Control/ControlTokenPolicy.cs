using System.Net;
using System.Security.Cryptography;

namespace MockWireServer.Control;

/// <summary>
/// Off by default on loopback; a mock that listens on any other address gets a generated control token when none is
/// configured, because anyone who can reach it could otherwise reset it or read invitation codes.
/// </summary>
public static class ControlTokenPolicy
{
    public static (string? Token, bool Generated) Resolve(string? configured, string? urls)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return (configured, false);
        }

        return ListensBeyondLoopback(urls) ? (Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), true) : (null, false);
    }

    /// <summary><c>--urls</c> (semicolon-separated) with a host that is not localhost or a loopback address: *, +, 0.0.0.0, a name, a LAN IP.</summary>
    public static bool ListensBeyondLoopback(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(url =>
        {
            var host = HostOf(url);
            return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)));
        });

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
        {
            return rest[1..rest.IndexOf(']', StringComparison.Ordinal)];
        }

        var colon = rest.LastIndexOf(':');
        return colon < 0 ? rest : rest[..colon];
    }
}

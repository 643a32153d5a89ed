using System.Buffers;

namespace MockWireServer.Rules;

/// <summary>Wire handles (SCIM userName): lowercased first, then a-z0-9_.- with length 2..256 (wire-scim.md §4).</summary>
public static class HandleRules
{
    public const int MinLength = 2;
    public const int MaxLength = 256;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_.-");
    private static readonly SearchValues<char> AllowedAnyCase = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    // brig's blocklist (Brig.User.Handle.Blacklist): valid-looking handles no user may take.
    private static readonly HashSet<string> Blocklist =
    [
        "account", "admin", "administrator", "all", "android", "anna", "avs", "backend", "bot", "cs", "design", "dev",
        "developer", "development", "everyone", "help", "helpdesk", "hr", "info", "ios", "legal", "management", "news",
        "otto", "payment", "product", "purchase", "qa", "support", "team", "user", "web", "wire", "wirebot", "wireteam",
    ];

    /// <summary>
    /// Wire lowercases before validating (spar validateHandle . toLower), so "Jane" becomes "jane". Haskell's Text.toLower
    /// applies the full Unicode mapping, so "İ" becomes "i̇" (i + U+0307), which .NET's invariant casing leaves alone.
    /// </summary>
    public static string Normalize(string userName) => userName.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant();

    public static bool IsValid(string normalized) => IsValid(normalized, Faults.BrokenRules.None);

    public static bool IsValid(string normalized, Faults.BrokenRules broken) =>
        (broken.Breaks("wire.handle.length") ? normalized.Length > 0 : normalized.Length is >= MinLength and <= MaxLength)
        && (broken.Breaks("wire.handle.charset") || !normalized.AsSpan().ContainsAnyExcept(broken.Breaks("wire.handle.lowercase") ? AllowedAnyCase : Allowed));

    public static bool IsBlocked(string normalized) => Blocklist.Contains(normalized);

    /// <summary>spar's detail has no space before "is" (testCreateRejectsInvalidHandle).</summary>
    public static string InvalidDetail(string normalized) => normalized + "is not a valid Wire handle";
}

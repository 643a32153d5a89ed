using FsCheck;
using FsCheck.Fluent;

namespace HostileRequests;

/// <summary>Strings that break naive code: unicode edge cases, injection shapes, huge and empty values.</summary>
public static class HostileText
{
    /// <summary>Unicode edge cases: lone surrogates, RTL and zero-width marks, combining characters, NUL and controls.</summary>
    public static readonly string[] Unicode =
    [
        "\uD800", "\uDC00", "a\uD83Db", "\uDE00\uD83D", "\u200F", "\u202Eevil\u202C", "\u200B", "\u200C\u200D", "\uFEFF",
        "e\u0301", "Z\u0335\u0321\u0322\u0327\u0328\u0334\u0336", "\u0000", "a\u0000b", "\u0001\u001F\u007F", "İ", "ß", "\u212A",
        "ﬃ", "😀", "👩‍👩‍👧", "\uFFFF", "\uFFFE", "日本語", "ｆｕｌｌｗｉｄｔｈ", "\t\r\n", " ", "",
    ];

    /// <summary>Injection-shaped values: SQL, NoSQL, template, path traversal, script, filter and JSON breakouts.</summary>
    public static readonly string[] Injections =
    [
        "' OR '1'='1", "\" or \"1\"=\"1", "'; DROP TABLE users; --", "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
        "../../etc/passwd", "..%2F..%2F", "%00", "<script>alert(1)</script>", "\") or true or (\"", "\\", "\\\"", "\"}]}",
        "userName eq \"x\" or userName pr", "*", "%", "_", "null", "true", "-1", "1e309",
    ];

    /// <summary>Values a real client would send: handles, names, emails, UUIDs.</summary>
    public static readonly Gen<string> Plausible = Gen.Elements(
        "alice", "bob.smith", "jane_doe-1", "Jane.Doe", "Jane Doe", "jane@corp.example", "urn:ietf:params:scim:schemas:core:2.0:User",
        "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString(), "work", "admin", "owner", "member", "de-CH", "en");

    /// <summary>A plausible value with an edge case spliced in.</summary>
    public static readonly Gen<string> Mixed =
        from a in Plausible
        from b in Gen.Elements(Unicode.Concat(Injections).ToArray())
        from position in Gen.Choose(0, 2)
        select position switch { 0 => b + a, 1 => a + b, _ => a[..(a.Length / 2)] + b + a[(a.Length / 2)..] };

    /// <summary>Long values: over Wire's 128-character names, over the rich-info limit, and one over the 1 MiB body limit (rarely).</summary>
    public static readonly Gen<string> Huge = Gen.Frequency(
        (6, Gen.Elements(129, 257, 5001, 70_000).Select(n => new string('a', n))),
        (3, Gen.Elements(300, 3000).Select(n => string.Concat(Enumerable.Repeat("é\u0301😀", n)))),
        (1, Gen.Constant(new string('x', (1024 * 1024) + 10))));

    public static readonly Gen<string> Any = Gen.Frequency(
        (4, Gen.Elements(Unicode)),
        (3, Gen.Elements(Injections)),
        (3, Plausible),
        (2, Mixed),
        (1, Huge));
}

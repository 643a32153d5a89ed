using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HostileRequests;

/// <summary>
/// JSON bodies as text, written by hand so they can carry what serializers refuse to write: duplicate keys, lone
/// surrogate escapes, raw control characters, truncation, nesting beyond any parser's depth limit.
/// </summary>
public static class HostileJson
{
    /// <summary>A string literal; surrogates and controls escaped as \uXXXX (a lone surrogate survives as an escape).</summary>
    public static string Str(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ when c < 0x20 || char.IsSurrogate(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    public static string Obj(IEnumerable<(string Key, string Value)> members) =>
        "{" + string.Join(",", members.Select(m => Str(m.Key) + ":" + m.Value)) + "}";

    public static string Arr(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

    /// <summary>Attribute names: known ones in odd cases, unknown ones, URN-qualified ones, hostile text.</summary>
    public static readonly Gen<string> AttributeName = Gen.Frequency(
        (5, Gen.Elements(
            "schemas", "userName", "USERNAME", "username", "UserName", "externalId", "EXTERNALID", "displayName", "displayname",
            "active", "ACTIVE", "emails", "Emails", "roles", "preferredLanguage", "name", "id", "meta", "members", "Operations",
            "operations", "op", "path", "value", "description", "password", "name", "idp", "email", "status", "seconds", "teamId",
            "idpId", "nameId", "withIdp", "urn:ietf:params:scim:schemas:extension:wire:1.0:User",
            "urn:wire:scim:schemas:profile:1.0", "urn:ietf:params:scim:schemas:core:2.0:User:userName")),
        (2, Gen.Elements("unknown", "x-extra", "__proto__", "constructor", "$ref", "", " ")),
        (1, HostileText.Any));

    /// <summary>A JSON value of any type, mostly hostile strings; nested a little.</summary>
    public static Gen<string> Value => CachedValue;

    private static readonly Gen<string>[] ValueByDepth = [.. Enumerable.Range(0, 4).Select(ValueOfDepth)];

    private static readonly Gen<string> CachedValue = Gen.Sized(size => ValueByDepth[Math.Min(size / 25, 3)]);

    private static Gen<string> ValueOfDepth(int depth)
    {
        var scalar = Gen.Frequency(
            (6, HostileText.Any.Select(Str)),
            (2, Gen.Elements("0", "-1", "1.5", "-0", "1e309", "-1e309", "2147483648", "99999999999999999999999", "1E-400", "true", "false", "null")),
            (1, Gen.Constant("[]")),
            (1, Gen.Constant("{}")));
        if (depth <= 0)
        {
            return scalar;
        }

        var inner = ValueOfDepth(depth - 1);
        return Gen.Frequency(
            (6, scalar),
            (1, Gen.ListOf(inner, 3).Select(Arr)),
            (1, Gen.ListOf(Gen.Zip(AttributeName, inner), 3).Select(m => Obj(m.Select(x => (x.Item1, x.Item2))))));
    }

    /// <summary>Bodies shaped like what the route expects, then broken: wrong types, odd keys, duplicates.</summary>
    public static Gen<string> For(MockRoute route) => Gen.Frequency(
        (5, Mutated(Template(route))),
        (2, Broken(Template(route))),
        (1, DeeplyNested),
        (2, Gen.ListOf(Gen.Zip(AttributeName, Value), 6).Select(m => Obj(m.Select(x => (x.Item1, x.Item2))))),
        (1, Value));

    /// <summary>The body a well-behaved client sends on the route (with placeholders).</summary>
    public static string ValidBody(MockRoute route) => Obj(Template(route));

    /// <summary>A valid-looking body for the route as (key, JSON value) pairs.</summary>
    private static (string Key, string Value)[] Template(MockRoute route) => route.Template switch
    {
        var t when t.StartsWith("/scim/v2/Users", StringComparison.Ordinal) && route.Method == "PATCH" =>
        [
            ("schemas", Arr([Str("urn:ietf:params:scim:api:messages:2.0:PatchOp")])),
            ("Operations", Arr([Obj([("op", Str("replace")), ("path", Str("displayName")), ("value", Str("New Name"))])])),
        ],
        var t when t.StartsWith("/scim/v2/Users", StringComparison.Ordinal) =>
        [
            ("schemas", Arr([Str("urn:ietf:params:scim:schemas:core:2.0:User")])),
            ("userName", Str("fuzz." + Guid.NewGuid().ToString("N")[..8])),
            ("externalId", Str("fuzz-" + Guid.NewGuid().ToString("N")[..8] + "@corp.example")),
            ("displayName", Str("Fuzz User")),
            ("emails", Arr([Obj([("value", Str("fuzz@corp.example")), ("type", Str("work")), ("primary", "true")])])),
            ("roles", Arr([Obj([("value", Str("member"))])])),
            ("preferredLanguage", Str("en")),
            ("active", "true"),
            ("urn:wire:scim:schemas:profile:1.0", Obj([("richInfo", Obj([("version", "0"), ("fields", Arr([Obj([("type", Str("Department")), ("value", Str("QA"))])]))]))])),
        ],
        var t when t.StartsWith("/scim/v2/Groups", StringComparison.Ordinal) =>
        [
            ("schemas", Arr([Str("urn:ietf:params:scim:schemas:core:2.0:Group")])),
            ("displayName", Str("Fuzz group")),
            ("members", Arr([Obj([("value", Str("{{USER_ID}}")), ("type", Str("User")), ("$ref", Str("http://localhost/scim/v2/Users/{{USER_ID}}"))])])),
        ],
        var t when t.StartsWith("/scim/auth-tokens", StringComparison.Ordinal) =>
            [("description", Str("fuzz token")), ("password", Str("{{ADMIN_PASSWORD}}")), ("name", Str("fuzz")), ("idp", Str("{{IDP_ID}}"))],
        "/login" => [("email", Str("{{ADMIN_EMAIL}}")), ("password", Str("{{ADMIN_PASSWORD}}"))],
        "/mock/teams" => [("name", Str("Fuzz team")), ("withIdp", "true")],
        var t when t.EndsWith("/sso-login", StringComparison.Ordinal) => [("idpId", Str("{{IDP_ID}}")), ("nameId", Str("fuzz-nameid"))],
        var t when t.EndsWith("/validateSAMLemails", StringComparison.Ordinal) => [("status", Str("enabled"))],
        "/mock/clock/advance" => [("seconds", "0"), ("teamId", Str("{{TEAM_ID}}"))],
        var t when t.EndsWith("/accept", StringComparison.Ordinal) => [("password", Str("fuzz-password"))],
        _ => [("x", "1")],
    };

    private static Gen<string> Mutated((string Key, string Value)[] template) =>
        from edits in Gen.ListOf(Edit(template), 3)
        select Obj(edits.Aggregate((IEnumerable<(string Key, string Value)>)template, (members, edit) => edit(members.ToArray())));

    private static Gen<Func<(string Key, string Value)[], IEnumerable<(string Key, string Value)>>> Edit((string Key, string Value)[] template) => Gen.OneOf(
        // a value of the wrong type or a hostile value
        from i in Gen.Choose(0, template.Length - 1)
        from v in Value
        select (Func<(string, string)[], IEnumerable<(string, string)>>)(m => m.Select((x, j) => j == i % Math.Max(m.Length, 1) ? (x.Item1, v) : x)),
        // a key dropped
        from i in Gen.Choose(0, template.Length - 1)
        select (Func<(string, string)[], IEnumerable<(string, string)>>)(m => m.Where((_, j) => j != i % Math.Max(m.Length, 1))),
        // a key in another case
        from i in Gen.Choose(0, template.Length - 1)
        from upper in Gen.Elements(true, false)
        select (Func<(string, string)[], IEnumerable<(string, string)>>)(m => m.Select((x, j) => j == i % Math.Max(m.Length, 1) ? (upper ? x.Item1.ToUpperInvariant() : x.Item1.ToLowerInvariant(), x.Item2) : x)),
        // a duplicate key with another value
        from i in Gen.Choose(0, template.Length - 1)
        from v in Value
        select (Func<(string, string)[], IEnumerable<(string, string)>>)(m => m.Length == 0 ? m : m.Append((m[i % m.Length].Item1, v))),
        // an unknown attribute
        from k in AttributeName
        from v in Value
        select (Func<(string, string)[], IEnumerable<(string, string)>>)(m => m.Append((k, v))));

    /// <summary>Not JSON: truncated, trailing garbage, single quotes, comments, raw controls, a BOM, empty.</summary>
    private static Gen<string> Broken((string Key, string Value)[] template)
    {
        var valid = Obj(template);
        return Gen.OneOf(
            Gen.Choose(0, valid.Length - 1).Select(n => valid[..n]),
            Gen.Elements("}", "]", ",", "x", "\"", "{}").Select(tail => valid + tail),
            Gen.Constant(valid.Replace('"', '\'')),
            Gen.Constant("/* comment */" + valid),
            Gen.Constant("\uFEFF" + valid),
            Gen.Constant(valid.Replace("\"", "\"\u0001", StringComparison.Ordinal)),
            Gen.Elements("", " ", "null", "[]", "\"\"", "0", "NaN", "{", "{\"a\"}", "{\"a\":}", "{,}", "[1,]", "{\"a\":1,,\"b\":2}", "\u0000"));
    }

    /// <summary>Nesting around the parsers' depth limits (64) and far beyond them.</summary>
    public static readonly Gen<string> DeeplyNested =
        from depth in Gen.Elements(10, 63, 64, 65, 1000, 100_000)
        from kind in Gen.Elements('[', '{')
        from closed in Gen.Elements(true, false)
        select kind == '['
            ? new string('[', depth) + (closed ? new string(']', depth) : "")
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + (closed ? new string('}', depth) : "");
}

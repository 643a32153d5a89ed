using FsCheck;
using FsCheck.Fluent;

namespace HostileRequests;

/// <summary>Generated requests for one route or the whole route table: odd paths, ids, queries, headers and bodies.</summary>
public static class HostileRequestGen
{
    public static Gen<HostileRequest> ForAny(IReadOnlyList<MockRoute> routes)
    {
        var byRoute = routes.ToDictionary(r => r, For);
        return Gen.Elements(routes.ToArray()).SelectMany(r => byRoute[r]);
    }

    public static Gen<HostileRequest> For(MockRoute route) =>
        from method in Method(route)
        from prefix in VersionPrefix
        from path in Path(route)
        from query in Query(route)
        from credential in Credential(route)
        from contentType in ContentType
        from accept in Accept
        from body in Body(route, method)
        let headers = Headers(credential.Header, contentType, accept)
        select new HostileRequest(route, method, prefix + path + query, headers, body.Text, body.Raw, credential.Kind);

    private static List<KeyValuePair<string, string>> Headers(string? authorization, string? contentType, string? accept)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (authorization is not null)
        {
            headers.Add(new("Authorization", authorization));
        }

        if (contentType is not null)
        {
            headers.Add(new("Content-Type", contentType));
        }

        if (accept is not null)
        {
            headers.Add(new("Accept", accept));
        }

        return headers;
    }

    /// <summary>Mostly the route's own method; sometimes another one (405) or a made-up one.</summary>
    private static Gen<string> Method(MockRoute route) => Gen.Frequency(
        (12, Gen.Constant(route.Method)),
        (1, Gen.Elements("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FUZZ")));

    /// <summary>Wire's API-version prefix: none, known versions, an unknown one, an absurd one.</summary>
    private static readonly Gen<string> VersionPrefix = Gen.Frequency(
        (10, Gen.Constant("")),
        (3, Gen.Elements("/v0", "/v7", "/v8", "/v12")),
        (1, Gen.Elements("/v13", "/v99999999999999999999", "/v08", "/v")));

    private static Gen<string> Path(MockRoute route)
    {
        var segments = route.Template.Split('/').Select(segment =>
            segment.StartsWith('{') ? PathValue(segment[1..^1]) : Literal(segment)).ToArray();
        return Gen.CollectToArray(segments).Select(parts => string.Join("/", parts));
    }

    /// <summary>Literal segments kept, or (rarely) in another case or with a trailing slash.</summary>
    private static Gen<string> Literal(string segment) => Gen.Frequency(
        (30, Gen.Constant(segment)),
        (1, Gen.Constant(segment.ToUpperInvariant())),
        (1, Gen.Constant(segment + "/")));

    private static readonly string[] TeamIds = ["{{TEAM_ID}}", "{{OTHER_TEAM_ID}}"];
    private static readonly string[] UserIds = ["{{ADMIN_ID}}", "{{USER_ID}}", "{{OTHER_USER_ID}}"];
    private static readonly string[] Codes = ["{{INVITATION_CODE}}"];
    private static readonly string[] SchemaUris = ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group", "urn:wire:scim:schemas:profile:1.0"];
    private static readonly string[] ResourceIds = ["{{USER_ID}}", "{{GROUP_ID}}", "{{TOKEN_ID}}", "{{OTHER_USER_ID}}"];

    /// <summary>A path parameter: the seeded ids (own and another team's), random or malformed UUIDs, hostile text.</summary>
    private static Gen<string> PathValue(string parameter) => Gen.Frequency(
        (6, Gen.Elements(parameter switch
        {
            "teamId" => TeamIds,
            "userId" => UserIds,
            "code" => Codes,
            "uri" => SchemaUris,
            _ => ResourceIds,
        })),
        (2, Gen.Elements(KnownValues.IdPlaceholders)),
        (3, BadUuid),
        (2, HostileText.Any.Where(s => s.Length < 3000).Select(Uri.EscapeDataString)));

    public static readonly Gen<string> BadUuid = Gen.Elements(
        Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("B"), Guid.NewGuid().ToString().ToUpperInvariant(),
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "123", "not-a-uuid",
        "0000000-0000-0000-0000-0000000000000", "{{USER_ID}}x", "x{{USER_ID}}", "%7B%7D", "%00", "..", "%2e%2e", "%", "%zz", "-1",
        new string('1', 5000));

    /// <summary>Filters (valid, malformed, injection-shaped) and absurd paging values on list routes.</summary>
    private static Gen<string> Query(MockRoute route)
    {
        if (route.Method != "GET" && !route.NeedsAccessToken)
        {
            return Gen.Frequency((9, Gen.Constant("")), (1, Gen.Constant("?filter=%28")));
        }

        var pairs = route.NeedsAccessToken
            ? Gen.Elements("id", "ID", "filter").SelectMany(k => Gen.Frequency((3, Gen.Elements("{{TOKEN_ID}}", "{{OTHER_USER_ID}}")), (2, BadUuid), (1, HostileText.Any.Where(s => s.Length < 3000))).Select(v => (k, v)))
            : Gen.OneOf(
                Filter.Select(v => ("filter", v)),
                Paging.Select(kv => kv));
        return Gen.Frequency(
            (2, Gen.Constant("")),
            (5, Gen.ListOf(pairs, 3).Select(list => list.Count == 0 ? "" : "?" + string.Join("&", list.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}")))),
            (1, Gen.Elements("?filter", "?filter=", "?=", "?&&", "?filter=%", "?filter=%zz", "?count=%00")));
    }

    public static readonly Gen<string> Filter = Gen.Frequency(
        (3, from attribute in Gen.Elements("userName", "USERNAME", "externalId", "displayName", "emails", "emails.value", "emails[type eq \"work\"].value", "id", "meta.lastModified", "name.givenName", "x")
            from op in Gen.Elements("eq", "EQ", "co", "sw", "ne", "gt", "pr", "xx", "")
            from value in HostileText.Any.Where(s => s.Length < 3000)
            from quoted in Gen.Elements(true, true, false)
            select op == "pr" ? $"{attribute} pr" : $"{attribute} {op} {(quoted ? HostileJson.Str(value) : value)}"),
        (2, Gen.Elements(
            "userName eq", "eq \"x\"", "(", ")", "userName eq \"a\" and", "userName eq \"a\" or userName eq \"b\"", "not (userName eq \"a\")",
            "userName eq \"unterminated", "userName eq 'single'", "userName eq \"a\\\"b\"", "userName eq \"\\u0000\"", "userName eq \"\\ud800\"",
            "userName eq \"x\") or (\"1\" eq \"1\"", "userName eq \"' OR 1=1--\"", "emails[type eq \"work\" and value co \"@\"]", "emails[",
            "userName eq true", "userName eq 1", "userName eq null", "userName   eq   \"a\"", "displayName co \"Seed\"", "displayName co \"\"")),
        (1, HostileText.Any));

    private static readonly Gen<(string, string)> Paging =
        from key in Gen.Elements("startIndex", "count", "StartIndex", "COUNT", "sortBy", "attributes", "excludedAttributes")
        from value in Gen.Elements("-1", "0", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e10", "1.5", "abc", "", "NaN", " 1", "0x10", "１")
        select (key, value);

    private static Gen<(Credential Kind, string? Header)> Credential(MockRoute route)
    {
        var own = route.NeedsAccessToken ? (HostileRequests.Credential.AccessToken, "Bearer {{ACCESS_TOKEN}}") : (HostileRequests.Credential.ScimToken, "Bearer {{SCIM_TOKEN}}");
        return Gen.Frequency(
            (8, Gen.Constant<(Credential, string?)>(own)),
            (2, Gen.Elements<(Credential, string?)>(
                (HostileRequests.Credential.OtherTeamScimToken, "Bearer {{OTHER_SCIM_TOKEN}}"),
                (HostileRequests.Credential.AccessToken, "Bearer {{ACCESS_TOKEN}}"),
                (HostileRequests.Credential.ScimToken, "Bearer {{SCIM_TOKEN}}"))),
            (2, Gen.Constant<(Credential, string?)>((HostileRequests.Credential.None, null))),
            (3, Gen.Elements<(Credential, string?)>(
                (HostileRequests.Credential.Junk, ""), (HostileRequests.Credential.Junk, "Bearer"), (HostileRequests.Credential.Junk, "Bearer "),
                (HostileRequests.Credential.Junk, "bearer {{SCIM_TOKEN}}"), (HostileRequests.Credential.Junk, "BEARER {{ACCESS_TOKEN}}"),
                (HostileRequests.Credential.Junk, "Bearer:{{SCIM_TOKEN}}"),
                (HostileRequests.Credential.Junk, "Basic dXNlcjpwYXNz"), (HostileRequests.Credential.Junk, "Bearer {{SCIM_TOKEN}}x"),
                (HostileRequests.Credential.Junk, "Bearer " + new string('A', 10_000)), (HostileRequests.Credential.Junk, "Bearer ' OR 1=1 --"),
                (HostileRequests.Credential.Junk, "Bearer \u00e9\u00e8"), (HostileRequests.Credential.Junk, "Bearer {{SCIM_TOKEN}}, Bearer {{OTHER_SCIM_TOKEN}}"))));
    }

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (10, Gen.Constant<string?>("application/scim+json")),
        (4, Gen.Constant<string?>("application/json")),
        (2, Gen.Constant<string?>(null)),
        (3, Gen.Elements<string?>(
            "application/json; charset=utf-8", "application/scim+json;charset=UTF-8", "application/scim+json; charset=latin1",
            "APPLICATION/SCIM+JSON", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "",
            ";", "application/json;;;", "application/json; charset=", "*/*", "application/json, text/plain", "application/xml")));

    private static readonly Gen<string?> Accept = Gen.Frequency(
        (12, Gen.Constant<string?>(null)),
        (2, Gen.Elements<string?>("*/*", "application/scim+json", "application/json")),
        (2, Gen.Elements<string?>("text/html", "application/xml", "application/scim+json;q=0", "garbage", "", ",,,", "*/*;q=abc")));

    private static Gen<(string? Text, byte[]? Raw)> Body(MockRoute route, string method)
    {
        var expectsBody = method is "POST" or "PUT" or "PATCH";
        var json = HostileJson.For(route).Select(t => ((string?)t, (byte[]?)null));
        return Gen.Frequency(
            (expectsBody ? 12 : 1, json),
            (expectsBody ? 1 : 6, Gen.Constant<(string?, byte[]?)>((null, null))),
            (1, Gen.Elements<byte[]>([0xFF, 0xFE], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D], [0x00, 0x00])
                .Select(b => ((string?)null, (byte[]?)b))));
    }
}

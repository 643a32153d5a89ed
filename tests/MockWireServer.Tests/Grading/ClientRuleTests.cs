namespace MockWireServer.Tests.Grading;

/// <summary>Each client rule, triggered by one request through the in-memory mock, with the exact findings it yields.</summary>
public sealed class ClientRuleTests
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static TheoryData<string, string, string, string?, string, bool, string[]> Cases => new()
    {
        {
            "a doubled /v2 is a 404", "GET", "/scim/v2/v2/Users?filter=userName%20eq%20%22a.b%22", null, "application/scim+json", false,
            ["error client.base-url.doubled-v2 GET 404"]
        },
        {
            "a versioned doubled /v2 is a 404 too", "GET", "/v8/scim/v2/v2/Users?filter=userName%20eq%20%22a.b%22", null, "application/scim+json", false,
            ["error client.base-url.doubled-v2 GET 404"]
        },
        {
            "a missing /v2 is a 404", "GET", "/scim/Users?filter=userName%20eq%20%22a.b%22", null, "application/scim+json", false,
            ["error client.base-url.missing-v2 GET 404"]
        },
        {
            "text/plain is refused with 415", "POST", "/scim/v2/Users", User(), "text/plain", false,
            ["error client.content-type POST 415"]
        },
        {
            "application/json works but is noted", "POST", "/scim/v2/Users", User(), "application/json", false,
            ["info client.content-type POST 201", "warning client.create.without-match POST 201"]
        },
        {
            "uppercase userName is lowercased", "POST", "/scim/v2/Users", User(userName: "Ada.L"), "application/scim+json", false,
            ["warning client.username.uppercase POST 201", "warning client.create.without-match POST 201"]
        },
        {
            "a UPN is not a handle", "POST", "/scim/v2/Users", User(userName: "Ada.L@contoso.com"), "application/scim+json", false,
            ["error client.username.charset POST 400"]
        },
        {
            "a 129-character displayName is rejected", "POST", "/scim/v2/Users", User(displayName: new string('x', 129)), "application/scim+json", false,
            ["error client.displayname.length POST 400"]
        },
        {
            "externalId is required", "POST", "/scim/v2/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.l"}""", "application/scim+json", false,
            ["error client.externalid.missing POST 400"]
        },
        {
            "email mode needs an email", "POST", "/scim/v2/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.l","externalId":"00u1abc"}""", "application/scim+json", false,
            ["error client.externalid.mode-mismatch POST 400"]
        },
        {
            "SAML mode takes any NameID", "POST", "/scim/v2/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.l","externalId":"00u1abc"}""", "application/scim+json", true,
            ["warning client.create.without-match POST 201"]
        },
        {
            "active=false at creation does not suspend", "POST", "/scim/v2/Users", User(extra: ",\"active\":\"False\""), "application/scim+json", true,
            ["warning client.create.active-false POST 201", "warning client.create.without-match POST 201"]
        },
        {
            "a password is refused", "POST", "/scim/v2/Users", User(extra: ",\"password\":\"s3cret!\""), "application/scim+json", false,
            ["error client.password-sent POST 400"]
        },
        {
            "oversized rich info is a 413", "POST", "/scim/v2/Users", User(extra: $",\"urn:ietf:params:scim:schemas:extension:wire:1.0:User\":{{\"Bio\":\"{new string('b', 5001)}\"}}"), "application/scim+json", false,
            ["error client.richinfo.size POST 413"]
        },
        {
            "listing users without a filter", "GET", "/scim/v2/Users", null, "application/scim+json", false,
            ["error client.filter.missing GET 400"]
        },
        {
            "Entra's emails filter", "GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("emails[type eq \"work\"].value eq \"a@b.c\""), null, "application/scim+json", false,
            ["error client.filter.unsupported GET 400"]
        },
        {
            "a userName filter that can never match", "GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"ada@contoso.com\""), null, "application/scim+json", false,
            ["warning client.filter.unsupported GET 200"]
        },
        {
            "a group without members", "POST", "/scim/v2/Groups", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"g"}""", "application/scim+json", false,
            ["error client.group.shape POST 400"]
        },
        {
            "an unknown token", "GET", "/scim/v2/Users?filter=userName%20eq%20%22a.b%22", null, "application/scim+json", false,
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_single_request_yields_exactly_its_findings(string what, string method, string path, string? body, string contentType, bool samlMode, string[] expected)
    {
        await using var mock = await GradedMock.StartAsync(samlMode: samlMode);
        (await mock.SendAsync(method, path, body, contentType)).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(expected, what);
    }

    public static TheoryData<string, string, string[]> PatchCases => new()
    {
        { "no PatchOp schema", """{"Operations":[{"op":"replace","path":"displayName","value":"A"}]}""", ["error client.patch.schema-missing PATCH 400"] },
        { "a capitalised op", Patch("""{"op":"Replace","path":"displayName","value":"A"}"""), ["warning client.patch.op-case PATCH 200"] },
        { "a string boolean", Patch("""{"op":"replace","path":"active","value":"False"}"""), ["warning client.patch.string-boolean PATCH 200"] },
        { "Okta's deactivation", Patch("""{"op":"replace","value":{"active":false}}"""), ["error client.patch.no-path-replace PATCH 400"] },
        { "a no-path replace with userName", Patch("""{"op":"replace","value":{"userName":"ada.l","externalId":"ada@example.com","active":false}}"""), ["warning client.patch.no-path-replace PATCH 200"] },
        { "a no-path replace without externalId", Patch("""{"op":"replace","value":{"userName":"ada.l","active":false}}"""), ["error client.patch.no-path-replace PATCH 400"] },
        { "an email value path", Patch("""{"op":"add","path":"emails[type eq \"work\"].value","value":"ada@example.com"}"""), ["warning client.patch.value-filter-path PATCH 200"] },
        { "a value path off emails", Patch("""{"op":"replace","path":"addresses[type eq \"work\"].locality","value":"X"}"""), ["error client.patch.value-filter-path PATCH 400"] },
        { "an attribute Wire does not store", Patch("""{"op":"replace","path":"title","value":"Dr"}"""), ["error client.attribute.unsupported PATCH 400"] },
        { "removing externalId", Patch("""{"op":"remove","path":"externalId"}"""), ["error client.externalid.missing PATCH 400"] },
        { "an uppercase userName", Patch("""{"op":"replace","path":"userName","value":"Ada.L"}"""), ["warning client.username.uppercase PATCH 200"] },
    };

    [Theory]
    [MemberData(nameof(PatchCases))]
    public async Task A_PATCH_yields_exactly_its_findings(string what, string body, string[] expected)
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"ada.l\""))).Dispose();
        var id = await mock.SendForIdAsync("POST", "/scim/v2/Users", User());
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", body)).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(expected, what);
    }

    [Fact]
    public async Task Re_creating_a_user_without_matching_first_is_an_error()
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"ada.l\""))).Dispose();
        (await mock.SendAsync("POST", "/scim/v2/Users", User())).Dispose();
        (await mock.SendAsync("POST", "/scim/v2/Users", User(userName: "ada.l", externalId: "ada@example.com"))).Dispose();
        (await mock.SendAsync("POST", "/scim/v2/Users", User(userName: "ada.l2", externalId: "ada@example.com"))).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(
            "error client.create.without-match POST 409",
            "error client.create.without-match POST 409");
        var messages = (await mock.ReportAsync()).GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()).ToList();
        messages[0].Should().StartWith("The user was looked up and not found, yet Wire answered 409");
        messages[1].Should().StartWith("The client re-created a user that exists");
    }

    [Fact]
    public async Task A_SAML_client_that_switches_its_NameID_format_is_warned()
    {
        await using var mock = await GradedMock.StartAsync(samlMode: true);
        (await mock.SendAsync("POST", "/scim/v2/Users", User(userName: "ada.l", externalId: "ada@example.com"))).Dispose();
        (await mock.SendAsync("POST", "/scim/v2/Users", User(userName: "bob.b", externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"))).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(
            "warning client.create.without-match POST 201",
            "warning client.externalid.mode-mismatch POST 201",
            "warning client.create.without-match POST 201");
    }

    private static string User(string userName = "ada.l", string externalId = "ada@example.com", string displayName = "Ada Lovelace", string extra = "") =>
        $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{userName}}","externalId":"{{externalId}}","displayName":"{{displayName}}"{{extra}}}""";

    private static string Patch(string operation) => $$"""{"schemas":["{{PatchOp}}"],"Operations":[{{operation}}]}""";
}

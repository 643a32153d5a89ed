namespace MockWireServer.Tests.Grading;

/// <summary>
/// The request sequences Microsoft Entra ID (default and <c>?aadOptscim062020</c>) and Okta send, as documented in
/// scim-landscape.md §1–2 and their vendors' examples, replayed against the graded mock. Each asserts the exact findings.
/// </summary>
public sealed class IdpReplayTests
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    // Microsoft's example user (use-scim-to-provision-users-and-groups.md, "Create User").
    private const string EntraUser = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "externalId":"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef","userName":"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1","active":true,
         "emails":[{"primary":true,"type":"work","value":"Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com"}],
         "meta":{"resourceType":"User"},"name":{"formatted":"givenName familyName","familyName":"familyName","givenName":"givenName"},"roles":[]}
        """;

    private const string EntraGroup = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group","http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
         "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"displayName","meta":{"resourceType":"Group"}}
        """;

    [Fact]
    public async Task Entra_default_dialect_gets_its_quirks_as_info_and_what_Wire_rejects_as_errors()
    {
        await using var mock = await GradedMock.StartAsync("entra", samlMode: true);
        var id = await EntraConnectsAndCreatesAsync(mock);

        // (b) add a single-valued attribute, capitalised
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"Add","path":"nickName","value":"Babs"}"""))).Dispose();
        // (c) one op per path, value-filter path first
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""
            {"op":"Replace","path":"emails[type eq \"work\"].value","value":"updatedEmail@microsoft.com"},
            {"op":"Replace","path":"name.familyName","value":"updatedFamilyName"}
            """))).Dispose();
        // (a) disable with a string boolean
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"Replace","path":"active","value":"False"}"""))).Dispose();
        // (d) remove a member by value list
        (await mock.SendAsync("PATCH", $"/scim/v2/Groups/{Guid.NewGuid()}", Patch($$"""{"op":"Remove","path":"members","value":[{"value":"{{id}}"}]}"""))).Dispose();
        (await mock.SendAsync("DELETE", $"/scim/v2/Users/{id}")).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(
            "error client.filter.unsupported GET 400",
            "warning client.username.uppercase POST 201",
            "error client.group.shape POST 400",
            "info client.patch.op-case PATCH 400",
            "error client.attribute.unsupported PATCH 400",
            "info client.patch.op-case PATCH 400",
            "info client.patch.value-filter-path PATCH 400",
            "error client.attribute.unsupported PATCH 400",
            "info client.patch.op-case PATCH 200",
            "info client.patch.string-boolean PATCH 200",
            "error client.group.patch-unsupported PATCH 501");
        (await mock.ReportAsync()).GetProperty("requests").GetInt64().Should().Be(11);
    }

    [Fact]
    public async Task Entra_with_aadOptscim062020_sends_no_path_replace_with_dotted_keys_which_Wire_rejects()
    {
        await using var mock = await GradedMock.StartAsync("entra-aadoptscim062020", samlMode: true);
        var id = await EntraConnectsAndCreatesAsync(mock);

        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"add","path":"nickName","value":"Babs"}"""))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""
            {"op":"replace","value":{"emails[type eq \"work\"].value":"updatedEmail@microsoft.com","name.givenName":"updatedGivenName",
             "name.familyName":"updatedFamilyName","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"7865"}}
            """))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"replace","path":"active","value":false}"""))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Groups/{Guid.NewGuid()}", Patch($$"""{"op":"remove","path":"members[value eq \"{{id}}\"]"}"""))).Dispose();
        (await mock.SendAsync("DELETE", $"/scim/v2/Users/{id}")).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(
            "error client.filter.unsupported GET 400",
            "warning client.username.uppercase POST 201",
            "error client.group.shape POST 400",
            "error client.attribute.unsupported PATCH 400",
            "error client.patch.no-path-replace PATCH 400",
            "error client.group.patch-unsupported PATCH 501");
        var findings = (await mock.ReportAsync()).GetProperty("findings");
        findings[4].GetProperty("message").GetString().Should().Contain("\"name.givenName\"").And.EndWith("This is a known Microsoft Entra ID (aadOptscim062020) behaviour.");
    }

    [Fact]
    public async Task Okta_test_connection_deactivation_and_group_push_break_on_Wire()
    {
        await using var mock = await GradedMock.StartAsync("okta");

        (await mock.SendAsync("GET", "/scim/v2/Users?startIndex=1&count=2")).Dispose();
        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"jdoe\"") + "&startIndex=1&count=100")).Dispose();
        var id = await mock.SendForIdAsync("POST", "/scim/v2/Users", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"jdoe","name":{"givenName":"Jane","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane.doe@example.com","type":"work"}],"displayName":"Jane Doe","locale":"en-US",
             "externalId":"00u1abcdEFGHijkl0h7","groups":[],"active":true}
            """);
        (await mock.SendAsync("PUT", $"/scim/v2/Users/{id}", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"ID","userName":"jdoe","name":{"givenName":"Jane","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane.doe@example.com","type":"work"}],"displayName":"Jane Q. Doe","externalId":"00u1abcdEFGHijkl0h7","active":true}
            """.Replace("ID", id, StringComparison.Ordinal))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"replace","value":{"active":false}}"""))).Dispose();
        (await mock.SendAsync("POST", "/scim/v2/Groups", $$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering","members":[{"value":"{{id}}","display":"jdoe"}]}
            """)).Dispose();
        var group = Guid.NewGuid();
        (await mock.SendAsync("PATCH", $"/scim/v2/Groups/{group}", Patch($$"""{"op":"add","path":"members","value":[{"value":"{{id}}","display":"jdoe"}]}"""))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Groups/{group}", Patch($$"""{"op":"remove","path":"members[value eq \"{{id}}\"]"}"""))).Dispose();

        (await mock.FindingLinesAsync()).Should().Equal(
            "error client.filter.missing GET 400",
            "error client.patch.no-path-replace PATCH 400",
            "error client.group.shape POST 400",
            "error client.group.patch-unsupported PATCH 501",
            "error client.group.patch-unsupported PATCH 501");
    }

    [Fact]
    public async Task A_client_that_follows_Wires_rules_gets_no_findings()
    {
        await using var mock = await GradedMock.StartAsync();

        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("externalId eq \"ada@example.com\""))).Dispose();
        var id = await mock.SendForIdAsync("POST", "/scim/v2/Users", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada.l","externalId":"ada@example.com",
             "displayName":"Ada Lovelace","emails":[{"value":"ada@example.com","primary":true}]}
            """);
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"replace","path":"displayName","value":"Ada King"}"""))).Dispose();
        (await mock.SendAsync("PATCH", $"/scim/v2/Users/{id}", Patch("""{"op":"replace","path":"active","value":false}"""))).Dispose();
        (await mock.SendAsync("GET", $"/scim/v2/Users/{id}")).Dispose();
        (await mock.SendAsync("DELETE", $"/scim/v2/Users/{id}")).Dispose();

        var report = await mock.ReportAsync();
        report.GetProperty("requests").GetInt64().Should().Be(6);
        report.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    /// <summary>Test Connection (a random user and group), the schema read, then match and create.</summary>
    private static async Task<string> EntraConnectsAndCreatesAsync(GradedMock mock)
    {
        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString($"userName eq \"{Guid.NewGuid()}\""))).Dispose();
        (await mock.SendAsync("GET", "/scim/v2/Groups?excludedAttributes=members&filter=" + Uri.EscapeDataString($"displayName eq \"{Guid.NewGuid()}\""))).Dispose();
        (await mock.SendAsync("GET", "/scim/v2/Schemas")).Dispose();
        (await mock.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1\""))).Dispose();
        var id = await mock.SendForIdAsync("POST", "/scim/v2/Users", EntraUser);
        (await mock.SendAsync("POST", "/scim/v2/Groups", EntraGroup)).Dispose();
        return id;
    }

    private static string Patch(string operations) => $$"""{"schemas":["{{PatchOp}}"],"Operations":[{{operations}}]}""";
}

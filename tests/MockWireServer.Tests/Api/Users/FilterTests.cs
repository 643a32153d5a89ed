using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>GET /Users?filter: <c>userName eq</c> and <c>externalId eq</c> only, at most one result (wire-scim.md §9.2, §10.1).</summary>
public sealed class FilterTests
{
    [Theory]
    [InlineData("userName eq \"{0}\"")]
    [InlineData("USERNAME EQ \"{0}\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"{0}\"")]
    public async Task A_user_name_filter_finds_the_user_case_insensitively(string template)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);

        var response = await scim.FilterUsersAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, body["userName"]!.GetValue<string>().ToUpperInvariant()));

        response.Code.Should().Be(200);
        response.MediaType.Should().Be("application/scim+json");
        var list = response.Json;
        list.GetProperty("schemas")[0].GetString().Should().Be("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        list.GetProperty("totalResults").GetInt32().Should().Be(1);
        list.GetProperty("itemsPerPage").GetInt32().Should().Be(1);
        list.GetProperty("startIndex").GetInt32().Should().Be(1);
        list.GetProperty("Resources")[0].ToString().Should().Be(created.Body);
    }

    [Fact]
    public async Task An_external_id_filter_finds_the_user()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        var created = await scim.CreateUserAsync(body);

        var response = await scim.FilterUsersAsync($"externalId eq \"{body["externalId"]}\"");

        response.Json.GetProperty("Resources")[0].GetProperty("id").GetString().Should().Be(created.Id);
    }

    [Theory]
    [InlineData("userName eq \"nobody-here\"", "an unknown handle")]
    [InlineData("userName eq \"3fa85f64-5717-4562-b3fc-2c963f66afa6 with spaces\"", "an invalid handle (Azure's probe)")]
    [InlineData("userName eq \"x\"", "a handle that is too short")]
    [InlineData("externalId eq \"unknown@corp.example\"", "an unknown externalId")]
    public async Task A_filter_that_matches_nothing_is_an_empty_list_not_an_error(string filter, string what)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.FilterUsersAsync(filter);

        response.Code.Should().Be(200, what);
        response.Body.Should().Be("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"itemsPerPage":0,"startIndex":1,"Resources":[]}""");
    }

    [Fact]
    public async Task Listing_without_a_filter_is_too_many()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendAsync(HttpMethod.Get, "/Users");

        response.ShouldBeScimError(400, "tooMany").Detail.Should().Be("Please specify a filter when getting users.");
    }

    [Theory]
    [InlineData("displayName eq \"Jane\"", "Unsupported attribute")]
    [InlineData("emails.value eq \"a@b.c\"", "Unsupported attribute")]
    [InlineData("userName co \"jane\"", "Operation not supported")]
    [InlineData("userName ne \"jane\"", "Operation not supported")]
    [InlineData("externalId sw \"jane\"", "Operation not supported")]
    [InlineData("userName eq 42", "Operation not supported")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"1\"", "Unsupported schema")]
    public async Task An_unsupported_filter_is_an_invalid_filter_error(string filter, string detail)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.FilterUsersAsync(filter);

        response.ShouldBeScimError(400, "invalidFilter").Detail.Should().Be(detail);
    }

    [Theory]
    [InlineData("userName eq \"a\" and externalId eq \"b\"")]
    [InlineData("userName pr")]
    [InlineData("(userName eq \"a\")")]
    public async Task A_filter_that_does_not_parse_is_an_invalid_filter_error(string filter)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.FilterUsersAsync(filter);

        response.ShouldBeScimError(400, "invalidFilter").Detail.Should().StartWith("Invalid filter");
    }

    [Fact]
    public async Task In_email_mode_an_external_id_filter_also_finds_the_user_by_email()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode().With("externalId", "emp-4711").With("emails", new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["value"] = "jane.roe@corp.example" }));
        var created = await scim.CreateUserAsync(body);

        var response = await scim.FilterUsersAsync("externalId eq \"jane.roe@corp.example\"");

        response.Json.GetProperty("Resources")[0].GetProperty("id").GetString().Should().Be(created.Id.ToString());
    }

    [Fact]
    public async Task A_filter_that_does_not_parse_is_refused_before_the_token_is_checked()
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).FilterUsersAsync("userName eq \"a\" and externalId eq \"b\"");

        response.ShouldBeScimError(400, "invalidFilter");
    }

    [Fact]
    public async Task Start_index_and_count_are_ignored_on_users()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        await scim.CreateUserAsync(body);

        var response = await scim.SendAsync(HttpMethod.Get, $"/Users?filter={Uri.EscapeDataString($"userName eq \"{body["userName"]}\"")}&startIndex=5&count=0");

        response.Json.GetProperty("startIndex").GetInt32().Should().Be(1);
        response.Json.GetProperty("totalResults").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_deleted_user_is_never_found()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        await scim.DeleteUserAsync(created.Id);

        (await scim.FilterUsersAsync($"userName eq \"{body["userName"]}\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(0);
        (await scim.FilterUsersAsync($"externalId eq \"{body["externalId"]}\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(0);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>POST /scim/v2/Users: the created user as spar synthesizes it (wire-scim.md §1.2, §9.1).</summary>
public sealed class CreateUserTests
{
    [Fact]
    public async Task A_created_user_is_answered_201_with_wires_fixed_shape()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With("displayName", "Jane Doe");

        var created = await scim.CreateUserAsync(body);

        var json = created.Json;
        json.GetProperty("schemas").EnumerateArray().Select(s => s.GetString()).Should().Equal(
            "urn:ietf:params:scim:schemas:core:2.0:User", "urn:wire:scim:schemas:profile:1.0", "urn:ietf:params:scim:schemas:extension:wire:1.0:User");
        Guid.TryParse(created.Id, out _).Should().BeTrue();
        json.GetProperty("userName").GetString().Should().Be(body["userName"]!.GetValue<string>());
        json.GetProperty("externalId").GetString().Should().Be(body["externalId"]!.GetValue<string>());
        json.GetProperty("displayName").GetString().Should().Be("Jane Doe");
        json.GetProperty("preferredLanguage").GetString().Should().Be("en");
        json.GetProperty("active").GetBoolean().Should().BeTrue();
        json.GetProperty("roles").ToString().Should().Be("""[{"value":"member"}]""");
        json.TryGetProperty("emails", out _).Should().BeFalse("emails is omitted when the user has none");
        json.GetProperty("urn:ietf:params:scim:schemas:extension:wire:1.0:User").ToString().Should().Be("{}");
        json.GetProperty("urn:wire:scim:schemas:profile:1.0").ToString().Should().Be("""{"richInfo":{"fields":[],"version":0}}""");
    }

    [Fact]
    public async Task The_meta_of_a_created_user_has_a_weak_content_etag_and_its_location()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var meta = created.Json.GetProperty("meta");
        meta.GetProperty("resourceType").GetString().Should().Be("User");
        meta.GetProperty("created").GetString().Should().Be(meta.GetProperty("lastModified").GetString());
        meta.GetProperty("created").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        meta.GetProperty("version").GetString().Should().MatchRegex("^W/\"[0-9a-f]{64}\"$");
        meta.GetProperty("location").GetString().Should().Be($"http://localhost/scim/v2/Users/{created.Id}");
    }

    [Fact]
    public async Task The_configured_scim_base_uri_is_used_in_meta_location()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ScimBaseUri = "https://nginz-https.example.com/scim/v2/");
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        created.Json.GetProperty("meta").GetProperty("location").GetString().Should().Be($"https://nginz-https.example.com/scim/v2/Users/{created.Id}");
    }

    [Fact]
    public async Task Responses_are_scim_json_in_utf8_without_location_or_etag_headers()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        created.MediaType.Should().Be("application/scim+json");
        created.Charset.Should().Be("utf-8");
        created.HeaderNames.Should().NotContain(["Location", "ETag"]);
    }

    [Fact]
    public async Task A_get_returns_what_the_post_returned()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var fetched = await scim.GetUserAsync(created.Id);

        fetched.Code.Should().Be(200);
        fetched.Body.Should().Be(created.Body);
    }

    [Fact]
    public async Task Schemas_sent_by_the_client_are_replaced_by_wires_list()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With("schemas", new JsonArray("urn:example:made-up"));

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty("schemas").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Ignored_attributes_are_accepted_but_neither_stored_nor_returned()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        body["name"] = new JsonObject { ["givenName"] = "Jane", ["familyName"] = "Doe" };
        body["title"] = "Engineer";
        body["phoneNumbers"] = new JsonArray(new JsonObject { ["value"] = "+49 30 123456" });
        body["id"] = Guid.NewGuid().ToString();
        body["meta"] = new JsonObject { ["resourceType"] = "Nonsense" };

        var created = await scim.CreateUserAsync(body);

        var keys = created.Json.EnumerateObject().Select(p => p.Name).ToList();
        keys.Should().NotContain(["name", "title", "phoneNumbers"]);
        created.Id.Should().NotBe(body["id"]!.GetValue<string>());
        created.Json.GetProperty("meta").GetProperty("resourceType").GetString().Should().Be("User");
    }

    [Fact]
    public async Task Attribute_names_are_case_insensitive_on_input()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = new JsonObject { ["USERNAME"] = UserBodies.Handle(), ["ExternalID"] = "nameid-case", ["displayname"] = "Case Test" };

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty("externalId").GetString().Should().Be("nameid-case");
        created.Json.GetProperty("displayName").GetString().Should().Be("Case Test");
    }

    [Fact]
    public async Task An_unknown_id_is_404_with_hscims_not_found_detail()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var id = Guid.NewGuid().ToString();

        var response = await scim.GetUserAsync(id);

        response.ShouldBeScimError(404, null).Detail.Should().Be($"User {id} not found");
    }
}

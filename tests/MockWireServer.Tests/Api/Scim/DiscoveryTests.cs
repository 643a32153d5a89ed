using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Scim;

/// <summary>Discovery needs no token and serves hscim's static documents (wire-scim.md §1.3, §14.3).</summary>
public sealed class DiscoveryTests
{
    private static readonly string[] CoreSchemas =
    [
        "urn:ietf:params:scim:schemas:core:2.0:User",
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
        "urn:ietf:params:scim:schemas:core:2.0:Group",
        "urn:ietf:params:scim:schemas:core:2.0:Schema",
        "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
    ];

    [Fact]
    public async Task The_service_provider_config_is_wires_exact_object_without_a_token()
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).SendAsync(HttpMethod.Get, "/ServiceProviderConfig");

        response.Code.Should().Be(200);
        response.MediaType.Should().Be("application/scim+json");
        JsonNode.DeepEquals(JsonNode.Parse(response.Body), JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
                        "urn:ietf:params:scim:schemas:core:2.0:Group","urn:ietf:params:scim:schemas:core:2.0:Schema",
                        "urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
             "etag":{"supported":false},
             "bulk":{"maxOperations":0,"maxPayloadSize":0,"supported":false},
             "patch":{"supported":true},
             "authenticationSchemes":[{"type":"httpbasic","name":"HTTP Basic","description":"Authentication via the HTTP Basic standard",
                                       "specUri":"https://tools.ietf.org/html/rfc7617",
                                       "documentationUri":"https://en.wikipedia.org/wiki/Basic_access_authentication"}],
             "changePassword":{"supported":false},
             "sort":{"supported":false},
             "filter":{"maxResults":0,"supported":false}}
            """)).Should().BeTrue(response.Body);
    }

    [Fact]
    public async Task Schemas_lists_the_five_core_schemas_and_not_wires_extensions()
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).SendAsync(HttpMethod.Get, "/Schemas");

        response.Code.Should().Be(200);
        response.Json.GetProperty("totalResults").GetInt32().Should().Be(5);
        response.Json.GetProperty("Resources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().BeEquivalentTo(CoreSchemas);
    }

    [Theory]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Group")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Schema")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:ResourceType")]
    public async Task Each_core_schema_is_served_by_its_uri(string uri)
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).SendAsync(HttpMethod.Get, $"/Schemas/{uri}");

        response.Code.Should().Be(200);
        response.Json.GetProperty("id").GetString().Should().Be(uri);
    }

    [Theory]
    [InlineData("urn:wire:scim:schemas:profile:1.0")]
    [InlineData("urn:ietf:params:scim:schemas:extension:wire:1.0:User")]
    [InlineData("unknown")]
    public async Task Any_other_schema_uri_including_wires_extensions_is_404(string uri)
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).SendAsync(HttpMethod.Get, $"/Schemas/{uri}");

        response.ShouldBeScimError(404, null).Detail.Should().Be($"Schema {uri} not found");
    }

    [Fact]
    public async Task Resource_types_are_user_with_wires_two_extensions_and_group()
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).SendAsync(HttpMethod.Get, "/ResourceTypes");

        response.Code.Should().Be(200);
        JsonNode.DeepEquals(JsonNode.Parse(response.Body), JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
             "Resources":[
               {"schema":"urn:ietf:params:scim:schemas:core:2.0:User","name":"User","endpoint":"/Users",
                "schemaExtensions":[{"required":false,"schema":"urn:wire:scim:schemas:profile:1.0"},
                                    {"required":false,"schema":"urn:ietf:params:scim:schemas:extension:wire:1.0:User"}]},
               {"schema":"urn:ietf:params:scim:schemas:core:2.0:Group","name":"Group","endpoint":"/Groups"}],
             "totalResults":2,"startIndex":1,"itemsPerPage":2}
            """)).Should().BeTrue(response.Body);
    }

    [Theory]
    [InlineData("/Me")]
    [InlineData("/Bulk")]
    [InlineData("/.search")]
    public async Task Endpoints_wire_does_not_have_are_404(string path)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        (await scim.SendAsync(HttpMethod.Get, path)).ShouldBeScimError(404, null);
    }
}

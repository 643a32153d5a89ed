using System.Text.Json;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>The error body format: plain RFC 7644 (latest Wire) or Wire 5.24–5.34's envelope (wire-scim.md §9.3, §14.1).</summary>
public sealed class ErrorFormatTests
{
    [Fact]
    public async Task By_default_errors_are_the_bare_scim_error_object()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendAsync(HttpMethod.Get, "/Users");

        response.Body.Should().Be("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":"tooMany","detail":"Please specify a filter when getting users."}""");
        response.MediaType.Should().Be("application/scim+json");
        response.Charset.Should().Be("utf-8");
    }

    [Fact]
    public async Task The_wire_envelope_wraps_the_scim_error_as_a_string_and_keeps_status_and_content_type()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ErrorFormat = ScimErrorFormat.WireEnvelope);
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        await scim.CreateUserAsync(body);

        var response = await scim.PostUserAsync(body);

        response.Code.Should().Be(409);
        response.MediaType.Should().Be("application/scim+json");
        response.Json.GetProperty("code").GetInt32().Should().Be(409);
        response.Json.GetProperty("label").GetString().Should().Be("scim-error");
        var inner = ErrorAssertions.ParseScimError(JsonDocument.Parse(response.Json.GetProperty("message").GetString()!).RootElement);
        inner.Should().Be(new ScimErrorBody("409", "uniqueness", "ExternalId is already taken: user with status Active exists"));
    }

    [Fact]
    public async Task The_wire_envelope_also_wraps_authorization_errors()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ErrorFormat = ScimErrorFormat.WireEnvelope);

        var response = await wire.Scim(token: null).FilterUsersAsync("userName eq \"x\"");

        response.Code.Should().Be(401);
        response.Json.GetProperty("message").GetString().Should().Contain("authorization failed: Token not provided");
    }

    [Fact]
    public async Task The_token_api_keeps_wires_own_error_body_in_either_format()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ErrorFormat = ScimErrorFormat.WireEnvelope);
        var team = await wire.CreateTeamAsync();

        var response = await team.TokenApiAsync(HttpMethod.Post, await team.LoginAsync(), new System.Text.Json.Nodes.JsonObject { ["description"] = "x" });

        response.ShouldBeWireError(403, "access-denied");
    }
}

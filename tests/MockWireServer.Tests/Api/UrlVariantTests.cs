using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>Where Wire's routes are and are not: version prefix, case-sensitive paths, trailing slash (wire-scim.md §1.1).</summary>
public sealed class UrlVariantTests
{
    [Fact]
    public async Task Every_scim_request_also_answers_under_a_version_prefix()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = (await wire.SamlModeAsync()).At("/v8/scim/v2");

        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        (await scim.GetUserAsync(created.Id)).Code.Should().Be(200);
        (await scim.SendAsync(HttpMethod.Get, "/ServiceProviderConfig")).Code.Should().Be(200);
    }

    [Fact]
    public async Task A_client_configured_with_base_scim_that_appends_v2_reaches_the_users()
    {
        await using var wire = await MockWireHost.StartAsync();
        const string ConfiguredBase = "/scim";
        var scim = (await wire.SamlModeAsync()).At(ConfiguredBase + "/v2");

        (await scim.PostUserAsync(UserBodies.SamlMode())).Code.Should().Be(201);
    }

    [Theory]
    [InlineData("/scim/Users")]
    [InlineData("/scim/v2/v2/Users")]
    [InlineData("/scim/v2/users")]
    [InlineData("/SCIM/v2/Users")]
    [InlineData("/scim/V2/Users")]
    public async Task Paths_wire_has_no_route_for_are_404(string path)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.SendRawAsync(HttpMethod.Post, path, UserBodies.SamlMode().ToJsonString(), ScimClient.ScimJson);

        response.Code.Should().Be(404, response.Body);
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_trailing_slash_is_tolerated()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        await scim.CreateUserAsync(body);

        var response = await scim.SendAsync(HttpMethod.Get, $"/Users/?filter={Uri.EscapeDataString($"userName eq \"{body["userName"]}\"")}");

        response.Json.GetProperty("totalResults").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task An_unsupported_api_version_is_wires_unsupported_version_error()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendRawAsync(HttpMethod.Get, "/v99/scim/v2/ServiceProviderConfig", null, null);

        response.ShouldBeWireError(404, "unsupported-version");
    }
}

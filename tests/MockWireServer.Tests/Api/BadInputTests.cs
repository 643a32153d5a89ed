using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>Malformed input gets a clear SCIM error, never a 500, and changes nothing (issue 2, quality bar; wire-scim.md §9.3).</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("{\"userName\": ", "truncated JSON")]
    [InlineData("not json at all", "plain text")]
    [InlineData("{\"userName\": \"jane\", \"externalId\": \"x\"} {\"userName\": \"joe\"}", "a second JSON value after the user")]
    [InlineData("{\"userName\": \"jane\", \"externalId\": \"x\"}]", "a stray bracket after the user")]
    [InlineData("", "an empty body")]
    [InlineData("[]", "an array")]
    [InlineData("\"a string\"", "a string")]
    [InlineData("{\"userName\": 42, \"externalId\": \"x\"}", "a number as userName")]
    [InlineData("{\"userName\": \"jane\", \"externalId\": \"x\", \"displayName\": [\"a\"]}", "an array as displayName")]
    [InlineData("{\"userName\": \"jane\", \"externalId\": \"x\", \"emails\": {\"value\": \"a@b.c\"}}", "an object as emails")]
    [InlineData("{\"userName\": \"jane\", \"externalId\": \"x\", \"roles\": \"admin\"}", "a string as roles")]
    public async Task A_body_that_does_not_parse_as_a_user_is_a_400_that_changes_nothing(string body, string what)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.SendRawAsync(HttpMethod.Post, "/scim/v2/Users", body, ScimClient.ScimJson);

        response.ShouldBeScimError(400, "invalidSyntax").Detail.Should().NotBeNullOrEmpty(what);
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json;charset=utf-8")]
    [InlineData("application/scim+json;charset=utf-8")]
    public async Task Hscims_four_content_types_are_accepted(string contentType)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendRawAsync(HttpMethod.Post, "/scim/v2/Users", UserBodies.SamlMode().ToJsonString(), contentType);

        response.Code.Should().Be(201);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Any_other_content_type_is_415(string? contentType)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.SendRawAsync(HttpMethod.Post, "/scim/v2/Users", UserBodies.SamlMode().ToJsonString(), contentType);

        response.ShouldBeScimError(415, null);
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With("title", new string('t', 1024 * 1024));
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(body);

        response.ShouldBeScimError(413, null);
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task An_id_that_is_not_a_uuid_is_a_400(string method)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        JsonNode? body = method switch { "PUT" => UserBodies.SamlMode(), "PATCH" => PatchOps.Request(), _ => null };

        var response = await scim.SendAsync(new HttpMethod(method), "/Users/not-a-uuid", body);

        response.ShouldBeScimError(400, "invalidValue");
    }

    [Fact]
    public async Task A_missing_token_is_401_token_not_provided()
    {
        await using var wire = await MockWireHost.StartAsync();

        var response = await wire.Scim(token: null).FilterUsersAsync("userName eq \"x\"");

        response.ShouldBeScimError(401, null).Detail.Should().Be("authorization failed: Token not provided");
    }

    [Fact]
    public async Task An_unknown_token_is_401_invalid_scim_token()
    {
        await using var wire = await MockWireHost.StartAsync();
        await wire.SamlModeAsync();

        var response = await wire.Scim(Convert.ToBase64String(new byte[32])).FilterUsersAsync("userName eq \"x\"");

        response.ShouldBeScimError(401, null).Detail.Should().Be("authorization failed: Invalid SCIM token");
    }

    [Theory]
    [InlineData("bearer ")]
    [InlineData("Basic ")]
    [InlineData("Token ")]
    public async Task An_authorization_header_without_the_exact_bearer_prefix_is_a_400(string prefix)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendRawAsync(HttpMethod.Get, "/scim/v2/Users?filter=userName%20eq%20%22x%22", null, null, prefix + scim.Token);

        response.ShouldBeScimError(400, "invalidSyntax");
    }

    [Fact]
    public async Task An_accept_header_that_cannot_be_met_is_406()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/scim/v2/ServiceProviderConfig");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        var response = await ApiResponse.ReadAsync(await wire.Http.SendAsync(request, TestContext.Current.CancellationToken));

        response.ShouldBeScimError(406, null);
    }
}

using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>spar validates in a fixed order and the first failure wins (wire-scim.md §11).</summary>
public sealed class ValidationOrderTests
{
    [Theory]
    [InlineData("password", "externalId", 400, "Setting user passwords is not supported for security reasons. (post)")]
    [InlineData("externalId", "userName", 400, "externalId is required")]
    [InlineData("userName", "displayName", 400, "#bad nameis not a valid Wire handle")]
    [InlineData("displayName", "richInfo", 400, "Name: outside range [1, 128] (post)")]
    [InlineData("richInfo", "preferredLanguage", 413, "[\"urn:ietf:params:scim:schemas:extension:wire:1.0:User\",\"urn:wire:scim:schemas:profile:1.0\"] together exceed the size limit: max 5000 characters, but got 5010 (post)")]
    [InlineData("preferredLanguage", "roles", 400, "Could not parse language. Expected format is ISO 639-1. (post)")]
    public async Task The_earlier_check_wins_when_two_attributes_are_invalid(string first, string second, int status, string detail)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        Break(body, first);
        Break(body, second);
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(body);

        response.ShouldBeScimError(status, "invalidValue").Detail.Should().Be(detail);
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task An_invalid_role_is_reported_before_a_taken_external_id()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var first = await scim.CreateUserAsync(UserBodies.EmailMode());
        var body = UserBodies.EmailMode().With("externalId", first.Json.GetProperty("externalId").GetString());
        Break(body, "roles");

        var response = await scim.PostUserAsync(body);

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().StartWith("The role 'foobar' is not valid");
    }

    [Fact]
    public async Task A_taken_external_id_is_reported_before_a_taken_user_name()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var first = UserBodies.EmailMode();
        await scim.CreateUserAsync(first);
        var second = UserBodies.EmailMode().With("externalId", first["externalId"]!.DeepClone()).With("userName", first["userName"]!.DeepClone());

        var response = await scim.PostUserAsync(second);

        response.ShouldBeScimError(409, "uniqueness").Detail.Should().StartWith("ExternalId is already taken: user with status PendingInvitation exists");
    }

    [Fact]
    public async Task The_token_is_checked_before_any_attribute()
    {
        await using var wire = await MockWireHost.StartAsync();
        var body = UserBodies.EmailMode().With("password", "secret");

        var response = await wire.Scim(token: null).PostUserAsync(body);

        response.ShouldBeScimError(401, null).Detail.Should().Be("authorization failed: Token not provided");
    }

    [Fact]
    public async Task On_put_an_unknown_user_is_404_before_any_attribute_is_checked()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var id = Guid.NewGuid().ToString();

        var response = await scim.PutUserAsync(id, UserBodies.EmailMode().With("password", "secret"));

        response.ShouldBeScimError(404, null).Detail.Should().Be($"User {id} not found");
    }

    private static void Break(JsonObject body, string attribute)
    {
        switch (attribute)
        {
            case "password":
                body["password"] = "hunter2";
                break;
            case "externalId":
                body.Remove("externalId");
                break;
            case "userName":
                body["userName"] = "#Bad Name";
                break;
            case "displayName":
                body["displayName"] = new string('x', 129);
                break;
            case "richInfo":
                body["urn:ietf:params:scim:schemas:extension:wire:1.0:User"] = new JsonObject { ["Department"] = new string('s', 5000) };
                break;
            case "preferredLanguage":
                body["preferredLanguage"] = "DE";
                break;
            case "roles":
                body["roles"] = new JsonArray("foobar");
                break;
        }
    }
}

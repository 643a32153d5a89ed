using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>roles (§8.2, §14.2), preferredLanguage (§8.3) and password (§8.4) of wire-scim.md.</summary>
public sealed class AttributeRulesTests
{
    [Theory]
    [InlineData("""["admin"]""")]
    [InlineData("""[{"value":"admin"}]""")]
    public async Task A_role_is_accepted_as_a_string_or_an_object_and_rendered_as_an_object(string roles)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("roles", JsonNode.Parse(roles)));

        created.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"admin"}]""");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task No_role_at_creation_means_member(string roles)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("roles", JsonNode.Parse(roles)));

        created.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"member"}]""");
    }

    [Theory]
    [InlineData("""["admin","member"]""", "A user cannot have more than one role. (post)")]
    [InlineData("""["foobar"]""", "The role 'foobar' is not valid. Valid roles are owner, admin, member, partner. (post)")]
    public async Task More_than_one_role_or_an_unknown_role_is_rejected(string roles, string detail)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("roles", JsonNode.Parse(roles)));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(detail);
    }

    [Fact]
    public async Task Patch_to_an_unknown_role_is_rejected_with_the_put_suffix()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Replace("roles", new JsonArray("foobar")));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("The role 'foobar' is not valid. Valid roles are owner, admin, member, partner. (put)");
    }

    [Fact]
    public async Task Patch_and_remove_of_roles_change_or_keep_the_role()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var promoted = await scim.PatchUserAsync(created.Id, PatchOps.Replace("roles", new JsonArray(new JsonObject { ["value"] = "partner" })));
        var removed = await scim.PatchUserAsync(created.Id, PatchOps.Remove("roles"));

        promoted.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"partner"}]""");
        removed.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"partner"}]""");
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-CH", "de")]
    public async Task A_known_language_is_stored_lowercase(string language, string stored)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("preferredLanguage", language));

        created.Json.GetProperty("preferredLanguage").GetString().Should().Be(stored);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("xx")]
    [InlineData("german")]
    public async Task An_unknown_or_uppercase_language_is_rejected(string language)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("preferredLanguage", language));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Could not parse language. Expected format is ISO 639-1. (post)");
    }

    [Fact]
    public async Task Without_a_language_the_backend_default_is_used_on_create_and_put()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.DefaultLanguage = "fr");
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body.DeepClone().AsObject().With("preferredLanguage", "de"));

        var replaced = await scim.PutUserAsync(created.Id, body);

        created.Json.GetProperty("preferredLanguage").GetString().Should().Be("de");
        replaced.Json.GetProperty("preferredLanguage").GetString().Should().Be("fr");
    }

    [Fact]
    public async Task A_password_is_rejected_on_post_and_put()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        var before = wire.Snapshot();

        var post = await scim.PostUserAsync(UserBodies.SamlMode().With("password", "hunter2"));
        var put = await scim.PutUserAsync(created.Id, body.With("password", "hunter2"));

        post.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Setting user passwords is not supported for security reasons. (post)");
        put.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Setting user passwords is not supported for security reasons. (put)");
        wire.Snapshot().Should().Be(before);
    }
}

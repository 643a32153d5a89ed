using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>Wire's PATCH subset and its errors (wire-scim.md §10.2).</summary>
public sealed class PatchErrorTests
{
    private static async Task<(MockWireHost Wire, ScimClient Scim, string Id)> UserAsync()
    {
        var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        return (wire, scim, (await scim.CreateUserAsync(UserBodies.SamlMode())).Id);
    }

    [Theory]
    [InlineData("name.familyName")]
    [InlineData("title")]
    [InlineData("nickName")]
    [InlineData("doesNotExist")]
    public async Task Replacing_an_attribute_outside_wires_subset_is_an_invalid_path(string path)
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var before = wire.Snapshot();

        var response = await scim.PatchUserAsync(id, PatchOps.Replace(path, "x"));

        response.ShouldBeScimError(400, "invalidPath").Detail.Should().Be("we only support attributes username, displayname, externalid, active, roles");
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task Remove_without_a_path_has_no_target()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.RemoveWithoutPath());

        response.ShouldBeScimError(400, "noTarget").Detail.Should().BeNull();
    }

    [Fact]
    public async Task Removing_the_user_name_is_a_mutability_error_without_detail()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.Remove("userName"));

        response.ShouldBeScimError(400, "mutability").Detail.Should().BeNull();
    }

    [Fact]
    public async Task Replace_without_a_value_reports_that_no_value_was_provided()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.ReplaceWithoutValue("displayName"));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("No value was provided");
    }

    [Fact]
    public async Task Removing_an_attribute_outside_the_subset_is_a_no_op()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var before = (await scim.GetUserAsync(id)).Body;

        var response = await scim.PatchUserAsync(id, PatchOps.Remove("title"));

        response.Code.Should().Be(200);
        response.Body.Should().Be(before);
    }

    [Fact]
    public async Task Replace_without_a_path_overwrites_the_core_attributes_and_ignores_roles()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var handle = UserBodies.Handle();

        var response = await scim.PatchUserAsync(id, PatchOps.ReplaceWithoutPath(new JsonObject
        {
            ["userName"] = handle, ["displayName"] = "No Path", ["externalId"] = "nameid-nopath", ["active"] = false, ["roles"] = new JsonArray("admin"),
        }));

        response.Code.Should().Be(200, response.Body);
        response.Json.GetProperty("userName").GetString().Should().Be(handle);
        response.Json.GetProperty("displayName").GetString().Should().Be("No Path");
        response.Json.GetProperty("externalId").GetString().Should().Be("nameid-nopath");
        response.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        response.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"member"}]""");
    }

    [Fact]
    public async Task Replace_without_a_path_rejects_keys_outside_the_subset()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.ReplaceWithoutPath(new JsonObject { ["userName"] = "x.y", ["title"] = "Boss" }));

        response.ShouldBeScimError(400, "invalidPath").Detail.Should().Be("we only support attributes username, displayname, externalid, active, roles");
    }

    [Fact]
    public async Task Replace_without_a_path_requires_the_user_name()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.ReplaceWithoutPath(new JsonObject { ["displayName"] = "No userName" }));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Contain("username");
    }

    [Fact]
    public async Task Op_names_and_body_keys_are_case_insensitive()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(PatchOps.Schema),
            ["operations"] = new JsonArray(new JsonObject { ["Op"] = "Replace", ["Path"] = "displayName", ["Value"] = "Azure Style" }),
        };

        var response = await scim.SendAsync(HttpMethod.Patch, $"/Users/{id}", body);

        response.Json.GetProperty("displayName").GetString().Should().Be("Azure Style");
    }

    [Fact]
    public async Task A_patch_body_without_the_patch_op_schema_is_rejected()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var body = new JsonObject { ["Operations"] = new JsonArray(PatchOps.Replace("displayName", "x")) };

        var response = await scim.SendAsync(HttpMethod.Patch, $"/Users/{id}", body);

        response.ShouldBeScimError(400, "invalidSyntax");
    }

    [Fact]
    public async Task A_failing_operation_rolls_back_the_earlier_ones()
    {
        var (wire, scim, id) = await UserAsync();
        await using var _ = wire;
        var before = wire.Snapshot();

        var response = await scim.PatchUserAsync(id, PatchOps.Replace("displayName", "Applied?"), PatchOps.Remove("userName"));

        response.Code.Should().Be(400);
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task Patching_an_unknown_user_is_404()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var id = Guid.NewGuid().ToString();

        var response = await scim.PatchUserAsync(id, PatchOps.Replace("displayName", "x"));

        response.ShouldBeScimError(404, null).Detail.Should().Be($"User {id} not found");
    }
}

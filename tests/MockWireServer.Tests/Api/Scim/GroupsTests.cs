using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Scim;

/// <summary>/scim/v2/Groups as of Wire 5.24: SCIM-managed user groups (wire-scim.md §1.4, §10.1).</summary>
public sealed class GroupsTests
{
    private static Task<ApiResponse> PostGroupAsync(ScimClient scim, string name, params string[] members) =>
        scim.SendAsync(HttpMethod.Post, "/Groups", GroupBodies.Group(name, members));

    [Fact]
    public async Task A_created_group_is_rendered_with_member_refs_and_a_fixed_version()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var user = await scim.CreateUserAsync(UserBodies.SamlMode());

        var created = await PostGroupAsync(scim, "Engineering", user.Id);

        created.Code.Should().Be(201, created.Body);
        var json = created.Json;
        json.GetProperty("schemas")[0].GetString().Should().Be("urn:ietf:params:scim:schemas:core:2.0:Group");
        json.GetProperty("displayName").GetString().Should().Be("Engineering");
        json.GetProperty("members").ToString().Should().Be($$"""[{"value":"{{user.Id}}","type":"User","$ref":"http://localhost/scim/v2/Users/{{user.Id}}"}]""");
        var meta = json.GetProperty("meta");
        meta.GetProperty("resourceType").GetString().Should().Be("Group");
        meta.GetProperty("version").GetString().Should().Be("W/\"v1\"");
        meta.GetProperty("lastModified").GetString().Should().Be(meta.GetProperty("created").GetString());
        meta.GetProperty("location").GetString().Should().Be($"http://localhost/scim/v2/Groups/{created.Id}");
        (await scim.SendAsync(HttpMethod.Get, $"/Groups/{created.Id}")).Body.Should().Be(created.Body);
    }

    [Fact]
    public async Task An_unknown_or_foreign_group_is_404()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var other = await wire.SamlModeAsync();
        var foreign = await PostGroupAsync(other, "Theirs");
        var unknown = Guid.NewGuid().ToString();

        (await scim.SendAsync(HttpMethod.Get, $"/Groups/{unknown}")).ShouldBeScimError(404, null).Detail.Should().Be($"Group {unknown} not found");
        (await scim.SendAsync(HttpMethod.Get, $"/Groups/{foreign.Id}")).ShouldBeScimError(404, null);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_display_name_outside_1_to_4000_characters_is_invalid(string? name)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await PostGroupAsync(scim, name ?? new string('g', 4001));

        response.ShouldBeScimError(400, "invalidValue");
    }

    [Fact]
    public async Task A_member_that_is_not_a_uuid_is_rejected()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await PostGroupAsync(scim, "Bad", "not-a-uuid");

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Invalid group member ID: not-a-uuid");
    }

    [Fact]
    public async Task Members_outside_the_team_or_not_scim_managed_are_rejected_on_post()
    {
        await using var wire = await MockWireHost.StartAsync();
        var team = await wire.CreateTeamAsync(withIdp: true);
        var jit = (await team.SsoLoginAsync("jit-user")).Json.GetProperty("userId").GetString()!;
        var scim = await team.ScimAsync();
        var foreign = await (await wire.SamlModeAsync()).CreateUserAsync(UserBodies.SamlMode());
        var before = wire.Snapshot();

        var response = await PostGroupAsync(scim, "Mixed", foreign.Id, jit);

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(
            $"These users do not exist, are not in your team, or not \"managed_by\" = \"scim\": {foreign.Id}, {jit}");
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task Put_replaces_the_name_and_the_members()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var first = await scim.CreateUserAsync(UserBodies.SamlMode());
        var second = await scim.CreateUserAsync(UserBodies.SamlMode());
        var group = await PostGroupAsync(scim, "Before", first.Id);

        var replaced = await scim.SendAsync(HttpMethod.Put, $"/Groups/{group.Id}", GroupBodies.Group("After", second.Id));

        replaced.Code.Should().Be(200);
        replaced.Json.GetProperty("displayName").GetString().Should().Be("After");
        replaced.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()).Should().Equal(second.Id);
    }

    [Fact]
    public async Task Put_with_a_member_that_does_not_exist_is_404_and_a_foreign_member_is_400()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var group = await PostGroupAsync(scim, "Group");
        var foreign = await (await wire.SamlModeAsync()).CreateUserAsync(UserBodies.SamlMode());
        var missing = Guid.NewGuid().ToString();

        var notFound = await scim.SendAsync(HttpMethod.Put, $"/Groups/{group.Id}", GroupBodies.Group("Group", missing));
        var foreignMember = await scim.SendAsync(HttpMethod.Put, $"/Groups/{group.Id}", GroupBodies.Group("Group", foreign.Id));

        notFound.ShouldBeScimError(404, null).Detail.Should().Be($"User {missing} not found");
        foreignMember.ShouldBeScimError(400, "invalidValue");
    }

    [Fact]
    public async Task Put_on_a_missing_group_is_404()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        (await scim.SendAsync(HttpMethod.Put, $"/Groups/{Guid.NewGuid()}", GroupBodies.Group("Ghost"))).ShouldBeScimError(404, null);
    }

    [Fact]
    public async Task Delete_is_204_also_when_the_group_is_missing()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var group = await PostGroupAsync(scim, "Short-lived");

        (await scim.SendAsync(HttpMethod.Delete, $"/Groups/{group.Id}")).Code.Should().Be(204);
        (await scim.SendAsync(HttpMethod.Delete, $"/Groups/{group.Id}")).Code.Should().Be(204);
        (await scim.SendAsync(HttpMethod.Get, $"/Groups/{group.Id}")).Code.Should().Be(404);
    }

    [Fact]
    public async Task Patch_is_answered_with_a_clear_501_instead_of_wires_crash()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var group = await PostGroupAsync(scim, "Unpatchable");
        var before = wire.Snapshot();

        var response = await scim.SendAsync(HttpMethod.Patch, $"/Groups/{group.Id}", PatchOps.Request(PatchOps.Replace("displayName", "x")));

        response.ShouldBeScimError(501, null).Detail.Should().Contain("PUT");
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_group_without_members_key_is_a_bad_request()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendAsync(HttpMethod.Post, "/Groups", GroupBodies.Group("No members").Without("members"));

        response.ShouldBeScimError(400, "invalidSyntax");
    }
}

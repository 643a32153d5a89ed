using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary><c>active</c> maps to brig's Active/Suspended; SCIM booleans accept "true"/"false" in any case (wire-scim.md §7).</summary>
public sealed class ActiveTests
{
    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("FALSE")]
    public async Task Put_with_active_false_in_any_spelling_suspends(string spelling)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        JsonNode value = spelling == "false" ? false : spelling;

        var response = await scim.PutUserAsync(created.Id, body.With("active", value));

        response.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        (await scim.GetUserAsync(created.Id)).Json.GetProperty("active").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Patch_with_the_string_False_suspends_and_True_reactivates()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var suspended = await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", "False"));
        var reactivated = await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", "True"));

        suspended.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        reactivated.Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Patch_removing_active_reactivates_a_suspended_user()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());
        await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", false));

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Remove("active"));

        response.Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_put_that_omits_active_reactivates_a_suspended_user()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        await scim.PutUserAsync(created.Id, body.DeepClone().AsObject().With("active", false));

        var response = await scim.PutUserAsync(created.Id, body.Without("active"));

        response.Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_patch_of_another_attribute_keeps_a_user_suspended()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());
        await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", false));

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Replace("displayName", "Still Suspended"));

        response.Json.GetProperty("active").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_suspended_user_still_holds_its_handle_and_can_be_fetched()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", false));

        (await scim.GetUserAsync(created.Id)).Code.Should().Be(200);
        (await scim.PostUserAsync(UserBodies.SamlMode().With("userName", body["userName"]!.DeepClone()))).ShouldBeScimError(409, "uniqueness");
    }

    [Fact]
    public async Task Active_false_on_post_does_not_suspend_a_new_saml_user()
    {
        // UNCONFIRMED in Wire (wire-scim.md §7): spar derives the status at creation from brig, not from the request.
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("active", false));

        created.Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("[]")]
    public async Task A_value_that_is_no_scim_boolean_is_a_bad_request(string json)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("active", JsonNode.Parse(json)));

        response.ShouldBeScimError(400, "invalidSyntax");
        wire.Snapshot().Should().Be(before);
    }
}

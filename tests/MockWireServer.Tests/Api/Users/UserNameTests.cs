using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>userName is the Wire handle: lowercased, validated, globally unique, reusable after deletion (wire-scim.md §4).</summary>
public sealed class UserNameTests
{
    [Fact]
    public async Task An_uppercase_user_name_is_stored_lowercased()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("userName", "Jane.Doe_42"));

        created.Json.GetProperty("userName").GetString().Should().Be("jane.doe_42");
    }

    [Theory]
    [InlineData("#Invalid Name", "#invalid nameis not a valid Wire handle")]
    [InlineData("jäne", "jäneis not a valid Wire handle")]
    [InlineData("a", "ais not a valid Wire handle")]
    [InlineData("", "is not a valid Wire handle")]
    public async Task An_invalid_user_name_is_rejected_with_the_lowercased_input_in_the_detail(string userName, string detail)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("userName", userName));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(detail);
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData(256, 201)]
    [InlineData(257, 400)]
    public async Task A_user_name_may_have_up_to_256_characters(int length, int status)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("userName", new string('a', length)));

        response.Code.Should().Be(status);
    }

    [Fact]
    public async Task A_missing_user_name_is_a_bad_request_that_creates_nothing()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().Without("userName"));

        response.ShouldBeScimError(400, "invalidSyntax").Detail.Should().Contain("username");
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData(false, "the same team")]
    [InlineData(true, "another team")]
    public async Task A_taken_user_name_is_a_conflict_across_the_whole_backend(bool otherTeam, string where)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var handle = UserBodies.Handle();
        await scim.CreateUserAsync(UserBodies.SamlMode().With("userName", handle));
        var second = otherTeam ? await wire.SamlModeAsync() : scim;

        var response = await second.PostUserAsync(UserBodies.SamlMode().With("userName", handle.ToUpperInvariant()));

        response.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("userName is already taken", where);
    }

    [Fact]
    public async Task Renaming_to_another_users_handle_is_a_conflict_with_the_put_detail()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var taken = await scim.CreateUserAsync(UserBodies.SamlMode());
        var body = UserBodies.SamlMode();
        var mover = await scim.CreateUserAsync(body);

        var put = await scim.PutUserAsync(mover.Id, body.With("userName", taken.Json.GetProperty("userName").GetString()));
        var patch = await scim.PatchUserAsync(mover.Id, PatchOps.Replace("userName", taken.Json.GetProperty("userName").GetString()));

        put.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("userName already in use by another wire user");
        patch.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("userName already in use by another wire user");
    }

    [Fact]
    public async Task Keeping_ones_own_handle_on_put_is_fine()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);

        var response = await scim.PutUserAsync(created.Id, body.With("displayName", "Renamed"));

        response.Code.Should().Be(200);
    }

    [Fact]
    public async Task A_renamed_users_old_handle_is_free_again()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var oldHandle = UserBodies.Handle();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("userName", oldHandle));

        (await scim.PatchUserAsync(created.Id, PatchOps.Replace("userName", UserBodies.Handle()))).Code.Should().Be(200);

        (await scim.PostUserAsync(UserBodies.SamlMode().With("userName", oldHandle))).Code.Should().Be(201);
    }

    [Fact]
    public async Task A_blocklisted_handle_is_brigs_invalid_handle_error_wrapped_without_scim_type()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("userName", "Admin"));

        var detail = JsonNode.Parse(response.ShouldBeScimError(400, null).Detail!)!;
        detail["code"]!.GetValue<int>().Should().Be(400);
        detail["label"]!.GetValue<string>().Should().Be("invalid-handle");
        wire.Snapshot().Should().Be(before);
    }
}

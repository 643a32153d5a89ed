using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>externalId: required, a NameID in SAML mode, the invitation key in email mode (wire-scim.md §6).</summary>
public sealed class ExternalIdTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_missing_external_id_is_rejected_without_suffix(bool saml)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = saml ? await wire.SamlModeAsync() : await wire.EmailModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().Without("externalId"));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("externalId is required");
    }

    [Fact]
    public async Task Removing_the_external_id_by_patch_is_rejected()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Remove("externalId"));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("externalId is required");
    }

    [Fact]
    public async Task In_email_mode_a_user_without_any_email_is_rejected()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();

        var response = await scim.PostUserAsync(UserBodies.EmailMode().With("externalId", "emp-1234"));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(
            "Could not process externalId. Please check: (1) does the scim user contain a valid email address? (2) did you associate your scim token with a SAML IdP in wire?");
    }

    [Fact]
    public async Task In_email_mode_the_external_id_may_differ_from_the_email()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode().With("externalId", "emp-1234").With("emails", new JsonArray(new JsonObject { ["value"] = "jane@corp.example" }));

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty("externalId").GetString().Should().Be("emp-1234");
        created.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"jane@corp.example"}]""");
    }

    [Fact]
    public async Task In_saml_mode_an_email_name_id_becomes_the_users_email()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "Jane@Corp.example"));

        created.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"Jane@Corp.example"}]""");
        created.Json.GetProperty("active").GetBoolean().Should().BeTrue("a SAML user is created active");
    }

    [Fact]
    public async Task In_saml_mode_name_ids_collide_case_insensitively()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "Alice@Example.com"));

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("externalId", "alice@example.COM"));

        response.ShouldBeScimError(409, "uniqueness").Detail.Should().StartWith("ExternalId is already taken: user with status Active exists");
    }

    [Fact]
    public async Task In_saml_mode_a_filter_finds_the_name_id_in_any_case_and_returns_its_original_case()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "Alice@Example.com"));

        var found = await scim.FilterUsersAsync("externalId eq \"ALICE@EXAMPLE.COM\"");

        found.Json.GetProperty("totalResults").GetInt32().Should().Be(1);
        found.Json.GetProperty("Resources")[0].GetProperty("id").GetString().Should().Be(created.Id);
        found.Json.GetProperty("Resources")[0].GetProperty("externalId").GetString().Should().Be("Alice@Example.com");
    }

    [Fact]
    public async Task In_email_mode_a_taken_external_id_is_a_conflict_naming_the_holders_status()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        await scim.CreateUserAsync(body);

        var response = await scim.PostUserAsync(UserBodies.EmailMode().With("externalId", body["externalId"]!.DeepClone()));

        response.ShouldBeScimError(409, "uniqueness").Detail.Should().StartWith("ExternalId is already taken: user with status PendingInvitation exists");
    }

    [Fact]
    public async Task In_email_mode_the_external_id_lookup_is_exact()
    {
        // UNCONFIRMED in Wire (wire-scim.md §6.2); the mock keeps spar's exact-match table.
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        await scim.CreateUserAsync(UserBodies.EmailMode().With("externalId", "Jane@Corp.example"));

        var found = await scim.FilterUsersAsync("externalId eq \"jane@corp.example\"");

        found.Json.GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_same_external_id_may_exist_in_another_team(bool saml)
    {
        await using var wire = await MockWireHost.StartAsync();
        var first = saml ? await wire.SamlModeAsync() : await wire.EmailModeAsync();
        var second = saml ? await wire.SamlModeAsync() : await wire.EmailModeAsync();
        await first.CreateUserAsync(UserBodies.SamlMode().With("externalId", "shared@corp.example"));

        (await second.PostUserAsync(UserBodies.SamlMode().With("externalId", "shared@corp.example"))).Code.Should().Be(201);
    }

    [Fact]
    public async Task Moving_to_another_users_external_id_is_a_conflict_with_the_update_detail()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "taken"));
        var body = UserBodies.SamlMode();
        var mover = await scim.CreateUserAsync(body);

        var put = await scim.PutUserAsync(mover.Id, body.With("externalId", "TAKEN"));
        var patch = await scim.PatchUserAsync(mover.Id, PatchOps.Replace("externalId", "taken"));

        put.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("externalId already in use by another Wire user");
        patch.ShouldBeScimError(409, "uniqueness").Detail.Should().Be("externalId already in use by another Wire user");
    }

    [Fact]
    public async Task Changing_the_external_id_frees_the_old_one()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "old-name-id"));

        (await scim.PatchUserAsync(created.Id, PatchOps.Replace("externalId", "new-name-id"))).Code.Should().Be(200);

        (await scim.FilterUsersAsync("externalId eq \"old-name-id\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(0);
        (await scim.FilterUsersAsync("externalId eq \"new-name-id\"")).Json.GetProperty("totalResults").GetInt32().Should().Be(1);
        (await scim.PostUserAsync(UserBodies.SamlMode().With("externalId", "old-name-id"))).Code.Should().Be(201);
    }
}

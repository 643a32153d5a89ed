using System.Text;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>displayName: 1..128 code points, with a fallback to the email or NameID when absent (wire-scim.md §5).</summary>
public sealed class DisplayNameTests
{
    private static string Emoji(int count) => new StringBuilder().Insert(0, "😀", count).ToString();

    [Fact]
    public async Task A_name_of_128_emoji_is_valid_although_it_is_256_utf16_units()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("displayName", Emoji(128)));

        created.Json.GetProperty("displayName").GetString().Should().Be(Emoji(128));
    }

    [Theory]
    [InlineData(129)]
    [InlineData(0)]
    public async Task A_name_outside_1_to_128_code_points_is_rejected_on_post(int count)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("displayName", Emoji(count)));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Name: outside range [1, 128] (post)");
    }

    [Fact]
    public async Task A_name_out_of_range_on_put_or_patch_carries_the_put_suffix()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);

        var put = await scim.PutUserAsync(created.Id, body.With("displayName", new string('n', 129)));
        var patch = await scim.PatchUserAsync(created.Id, PatchOps.Replace("displayName", ""));

        put.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Name: outside range [1, 128] (put)");
        patch.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Name: outside range [1, 128] (put)");
    }

    [Fact]
    public async Task A_single_space_is_a_valid_name_because_nothing_is_trimmed()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("displayName", " "));

        created.Json.GetProperty("displayName").GetString().Should().Be(" ");
    }

    [Fact]
    public async Task Without_a_name_a_saml_user_is_named_after_its_name_id()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "nameid-jane").Without("displayName"));

        created.Json.GetProperty("displayName").GetString().Should().Be("nameid-jane");
    }

    [Fact]
    public async Task Without_a_name_an_invited_user_is_named_after_the_email()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode().With("externalId", "emp-1234").Without("displayName");
        body["emails"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["value"] = "jane@corp.example" });

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty("displayName").GetString().Should().Be("jane@corp.example");
    }

    [Fact]
    public async Task Removing_the_name_by_patch_falls_back_to_the_external_id()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "nameid-fallback"));

        var patched = await scim.PatchUserAsync(created.Id, PatchOps.Remove("displayName"));

        patched.Json.GetProperty("displayName").GetString().Should().Be("nameid-fallback");
    }

    [Fact]
    public async Task A_fallback_longer_than_128_code_points_is_rejected_like_a_name()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("externalId", new string('n', 129)).Without("displayName"));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("Name: outside range [1, 128] (post)");
    }

    [Fact]
    public async Task Two_users_may_share_a_name()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        await scim.CreateUserAsync(UserBodies.SamlMode().With("displayName", "Alex Smith"));

        (await scim.PostUserAsync(UserBodies.SamlMode().With("displayName", "Alex Smith"))).Code.Should().Be(201);
    }
}

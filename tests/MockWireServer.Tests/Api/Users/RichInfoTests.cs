using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>Rich info through both extension URNs, its size limit and PATCH on a key (wire-scim.md §8.1).</summary>
public sealed class RichInfoTests
{
    private const string MapUrn = "urn:ietf:params:scim:schemas:extension:wire:1.0:User";
    private const string ListUrn = "urn:wire:scim:schemas:profile:1.0";

    [Fact]
    public async Task Both_urns_feed_one_list_that_is_rendered_in_both_forms()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode()
            .With(ListUrn, JsonNode.Parse("""{"richInfo":{"version":0,"fields":[{"type":"Department","value":"Sales"},{"type":"Floor","value":"3"}]}}"""))
            .With(MapUrn, JsonNode.Parse("""{"department":"Marketing","Building":"B2","Empty":""}"""));

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty(MapUrn).ToString().Should().Be("""{"Department":"Marketing","Floor":"3","Building":"B2"}""");
        created.Json.GetProperty(ListUrn).ToString().Should().Be(
            """{"richInfo":{"fields":[{"type":"Department","value":"Marketing"},{"type":"Floor","value":"3"},{"type":"Building","value":"B2"}],"version":0}}""");
    }

    [Fact]
    public async Task The_legacy_list_form_and_case_insensitive_keys_are_accepted()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With(ListUrn.ToUpperInvariant(), JsonNode.Parse("""{"RICHINFO":[{"type":"Department","value":"Sales"}]}"""));

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty(MapUrn).ToString().Should().Be("""{"Department":"Sales"}""");
    }

    [Theory]
    [InlineData(ListUrn, """{"richInfo":{"version":1,"fields":[]}}""", "a version other than 0")]
    [InlineData(ListUrn, """{"richInfo":{"version":0,"fields":[{"type":"A","value":"1"},{"type":"a","value":"2"}]}}""", "duplicate types in the list")]
    [InlineData(MapUrn, """{"Department":42}""", "a non-string map value")]
    public async Task A_malformed_rich_info_is_a_bad_request(string urn, string json, string what)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With(urn, JsonNode.Parse(json)));

        response.ShouldBeScimError(400, "invalidSyntax").Detail.Should().NotBeNullOrEmpty(what);
    }

    [Theory]
    [InlineData(4990, 201)]
    [InlineData(4991, 413)]
    public async Task Rich_info_over_5000_characters_is_413(int valueLength, int status)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With(MapUrn, new JsonObject { ["Department"] = new string('s', valueLength) });

        var response = await scim.PostUserAsync(body);

        response.Code.Should().Be(status);
        if (status == 413)
        {
            response.ShouldBeScimError(413, "invalidValue").Detail.Should().Be(
                $"[\"{MapUrn}\",\"{ListUrn}\"] together exceed the size limit: max 5000 characters, but got 5001 (post)");
        }
    }

    [Fact]
    public async Task The_size_limit_counts_both_urns_together_and_is_configurable()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.RichInfoLimit = 20);
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode()
            .With(MapUrn, new JsonObject { ["Floor"] = "12345" })
            .With(ListUrn, JsonNode.Parse("""{"richInfo":{"version":0,"fields":[{"type":"Department","value":"Sales"}]}}"""));

        var response = await scim.PostUserAsync(body);

        response.ShouldBeScimError(413, "invalidValue").Detail.Should().EndWith("max 20 characters, but got 25 (post)");
    }

    [Fact]
    public async Task Patch_sets_a_key_through_either_urn_keeping_positions()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With(ListUrn, JsonNode.Parse(
            """{"richInfo":{"version":0,"fields":[{"type":"Department","value":"Sales"},{"type":"Floor","value":"3"}]}}""")));

        var response = await scim.PatchUserAsync(
            created.Id,
            PatchOps.Replace($"{MapUrn}:Department", "Marketing"),
            PatchOps.Add($"{ListUrn}:Building", "B2"));

        response.Json.GetProperty(MapUrn).ToString().Should().Be("""{"Department":"Marketing","Floor":"3","Building":"B2"}""");
    }

    [Fact]
    public async Task Patch_remove_deletes_a_key()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With(MapUrn, new JsonObject { ["Department"] = "Sales", ["Floor"] = "3" }));

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Remove($"{MapUrn}:department"));

        response.Json.GetProperty(MapUrn).ToString().Should().Be("""{"Floor":"3"}""");
    }

    [Fact]
    public async Task Patch_with_a_non_string_value_is_rejected()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Replace($"{MapUrn}:Department", 42));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("rich info values can only be text");
    }

    [Fact]
    public async Task Patch_over_the_size_limit_is_413_with_the_put_suffix()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var response = await scim.PatchUserAsync(created.Id, PatchOps.Add($"{MapUrn}:Notes", new string('n', 5000)));

        response.ShouldBeScimError(413, "invalidValue").Detail.Should().EndWith("but got 5005 (put)");
    }

    [Fact]
    public async Task A_put_without_rich_info_clears_it()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body.DeepClone().AsObject().With(MapUrn, new JsonObject { ["Department"] = "Sales" }));

        var response = await scim.PutUserAsync(created.Id, body);

        response.Json.GetProperty(MapUrn).ToString().Should().Be("{}");
    }
}

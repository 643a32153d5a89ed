using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>Value-path PATCH on <c>emails[...]</c> since #5419 (wire-scim.md §14.4).</summary>
public sealed class EmailPatchTests
{
    private static async Task<(MockWireHost Wire, ScimClient Scim, string Id)> UserWithEmailAsync(string? emails)
    {
        var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        if (emails is not null)
        {
            body["emails"] = JsonNode.Parse(emails);
        }

        return (wire, scim, (await scim.CreateUserAsync(body)).Id);
    }

    [Theory]
    [InlineData(null, "add", "emails[type eq \"work\"].value", "\"new@corp.example\"", """[{"value":"new@corp.example","type":"work"}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"home"}]""", "replace", "emails[type eq \"home\"].value", "\"new@corp.example\"", """[{"value":"new@corp.example","type":"home"}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"work","primary":true}]""", "replace", "emails[primary eq true].value", "\"new@corp.example\"", """[{"value":"new@corp.example","type":"work","primary":true}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"home"}]""", "add", "emails[type eq \"work\"].value", "\"new@corp.example\"", """[{"value":"old@corp.example","type":"home"}]""")]
    [InlineData("""[{"value":"old@corp.example"}]""", "replace", "emails[primary eq true].value", "\"new@corp.example\"", """[{"value":"old@corp.example"}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"home"}]""", "replace", "emails[value eq \"old@corp.example\"].type", "\"work\"", """[{"value":"old@corp.example","type":"work"}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"home"}]""", "replace", "emails[type eq \"home\"].type", "null", """[{"value":"old@corp.example"}]""")]
    [InlineData("""[{"value":"old@corp.example"}]""", "add", "emails[value eq \"old@corp.example\"].primary", "true", """[{"value":"old@corp.example","primary":true}]""")]
    [InlineData("""[{"value":"old@corp.example"}]""", "replace", "emails[type eq \"work\"].type", "\"home\"", """[{"value":"old@corp.example"}]""")]
    [InlineData("""[{"value":"old@corp.example","type":"home"}]""", "replace", "emails[type eq \"home\"]", """{"value":"new@corp.example","type":"work"}""", """[{"value":"new@corp.example","type":"work"}]""")]
    [InlineData(null, "add", "emails[type eq \"home\"]", """[{"value":"new@corp.example","type":"other"}]""", """[{"value":"new@corp.example","type":"other"}]""")]
    public async Task A_value_path_add_or_replace_changes_the_kept_address_as_wire_does(string? emails, string op, string path, string value, string expected)
    {
        var (wire, scim, id) = await UserWithEmailAsync(emails);
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, new JsonObject { ["op"] = op, ["path"] = path, ["value"] = JsonNode.Parse(value) });

        response.Code.Should().Be(200, response.Body);
        response.Json.GetProperty("emails").ToString().Should().Be(expected);
        (await scim.GetUserAsync(id)).Json.GetProperty("emails").ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("emails[type eq \"home\"]", null)]
    [InlineData("emails", null)]
    [InlineData("emails[type eq \"home\"].type", """[{"value":"old@corp.example","primary":true}]""")]
    [InlineData("emails[type eq \"home\"].primary", """[{"value":"old@corp.example","type":"home"}]""")]
    [InlineData("emails[type eq \"work\"]", """[{"value":"old@corp.example","type":"home","primary":true}]""")]
    public async Task A_remove_drops_entries_or_unassigns_type_and_primary(string path, string? expected)
    {
        var (wire, scim, id) = await UserWithEmailAsync("""[{"value":"old@corp.example","type":"home","primary":true}]""");
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.Remove(path));

        response.Code.Should().Be(200, response.Body);
        if (expected is null)
        {
            response.Json.TryGetProperty("emails", out var _).Should().BeFalse();
        }
        else
        {
            response.Json.GetProperty("emails").ToString().Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("replace", "emails[type eq \"home\"].value", "null", "setting the 'value' sub-attribute of 'emails' to null is not supported; remove the whole entry instead")]
    [InlineData("replace", "emails[type eq \"home\"].display", "\"x\"", "only the 'value', 'type' and 'primary' sub-attributes of 'emails' can be patched")]
    [InlineData("remove", "emails[type eq \"home\"].value", null, "removing the 'value' sub-attribute of 'emails' is not supported; remove the whole entry instead")]
    [InlineData("remove", "emails.value", null, "removing a sub-attribute of 'emails' requires a value-path filter, e.g. emails[type eq \\\"work\\\"].type")]
    [InlineData("replace", "roles[value eq \"member\"]", "\"admin\"", "multi-valued PATCH is only supported for 'emails'")]
    [InlineData("remove", "phoneNumbers[type eq \"work\"]", null, "multi-valued PATCH is only supported for 'emails'")]
    [InlineData("add", "emails", """[{"value":"x@corp.example"}]""", "we only support attributes username, displayname, externalid, active, roles")]
    [InlineData("replace", "emails", """[{"value":"x@corp.example"}]""", "we only support attributes username, displayname, externalid, active, roles")]
    public async Task An_unsupported_email_patch_is_an_invalid_path_that_changes_nothing(string op, string path, string? value, string detail)
    {
        var (wire, scim, id) = await UserWithEmailAsync("""[{"value":"old@corp.example","type":"home"}]""");
        await using var _ = wire;
        var before = wire.Snapshot();
        var operation = new JsonObject { ["op"] = op, ["path"] = path };
        if (value is not null)
        {
            operation["value"] = JsonNode.Parse(value);
        }

        var response = await scim.PatchUserAsync(id, operation);

        response.ShouldBeScimError(400, "invalidPath").Detail.Should().Be(detail);
        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task A_patch_that_leaves_two_primaries_is_rejected()
    {
        var (wire, scim, id) = await UserWithEmailAsync("""[{"value":"old@corp.example","primary":true}]""");
        await using var _ = wire;

        var response = await scim.PatchUserAsync(id, PatchOps.Add("emails[type eq \"work\"]", JsonNode.Parse("""{"value":"new@corp.example","primary":true}""")));

        response.ShouldBeScimError(400, "invalidValue").Detail.Should().Be("More than one email is marked as primary; RFC 7643 §2.4 allows at most one.");
    }
}

using System.Text.Json.Nodes;

namespace MockWireServer.Tests.Hosting;

/// <summary>SCIM group bodies: hscim requires schemas, displayName and members, and value/type/$ref on each member.</summary>
public static class GroupBodies
{
    public static JsonObject Group(string displayName, params string[] memberIds) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
        ["displayName"] = displayName,
        ["members"] = new JsonArray([.. memberIds.Select(Member)]),
    };

    public static JsonNode Member(string id) => new JsonObject
    {
        ["value"] = id, ["type"] = "User", ["$ref"] = $"http://localhost/scim/v2/Users/{id}",
    };
}

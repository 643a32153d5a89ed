using System.Text.Json.Nodes;

namespace MockWireServer.Tests.Hosting;

/// <summary>PatchOp bodies (RFC 7644 §3.5.2) and their operations.</summary>
public static class PatchOps
{
    public const string Schema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public static JsonObject Request(params JsonNode[] operations) =>
        new() { ["schemas"] = new JsonArray(Schema), ["Operations"] = new JsonArray(operations) };

    public static JsonObject Add(string path, JsonNode? value) => new() { ["op"] = "add", ["path"] = path, ["value"] = value };

    public static JsonObject Replace(string path, JsonNode? value) => new() { ["op"] = "replace", ["path"] = path, ["value"] = value };

    public static JsonObject Remove(string path) => new() { ["op"] = "remove", ["path"] = path };

    public static JsonObject ReplaceWithoutPath(JsonNode value) => new() { ["op"] = "replace", ["value"] = value };

    public static JsonObject ReplaceWithoutValue(string path) => new() { ["op"] = "replace", ["path"] = path };

    public static JsonObject RemoveWithoutPath() => new() { ["op"] = "remove" };
}

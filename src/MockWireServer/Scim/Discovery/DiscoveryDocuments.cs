using System.Text;
using System.Text.Json.Nodes;

namespace MockWireServer.Scim.Discovery;

/// <summary>
/// The static discovery documents of hscim's MetaSchema (embedded JSON). ServiceProviderConfig is Wire's exact object,
/// wrong about filters and authentication as it is (wire-scim.md §1.3); ResourceTypes carries #5441's extensions.
/// </summary>
public static class DiscoveryDocuments
{
    public static readonly string[] SchemaIds =
    [
        ScimSchemas.User, ScimSchemas.ServiceProviderConfig, ScimSchemas.Group, ScimSchemas.Schema, ScimSchemas.ResourceType,
    ];

    public static byte[] ServiceProviderConfig { get; } = Load("ServiceProviderConfig.json");

    public static byte[] ResourceTypes { get; } = Load("ResourceTypes.json");

    private static readonly Dictionary<string, byte[]> Schemas = SchemaIds.ToDictionary(
        id => id, id => Load($"schema-{id[(id.LastIndexOf(':') + 1)..]}.json"), StringComparer.Ordinal);

    public static byte[]? Schema(string id) => Schemas.GetValueOrDefault(id);

    public static IReadOnlyList<byte[]> AllSchemas => [.. SchemaIds.Select(id => Schemas[id])];

    private static byte[] Load(string name)
    {
        using var stream = typeof(DiscoveryDocuments).Assembly.GetManifestResourceStream($"Discovery/{name}")
            ?? throw new InvalidOperationException($"Embedded discovery document {name} is missing");
        // Re-serialise compactly so responses carry no indentation.
        var node = JsonNode.Parse(stream)!;
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}

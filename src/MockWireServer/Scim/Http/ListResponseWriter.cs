namespace MockWireServer.Scim.Http;

/// <summary>An RFC 7644 ListResponse around already-rendered resources (note the capital R of Resources).</summary>
public static class ListResponseWriter
{
    public static byte[] Write(IReadOnlyList<byte[]> resources, int totalResults, int startIndex)
    {
        using var scratch = JsonScratch.Rent();
        var writer = scratch.Writer;
        writer.WriteStartObject();
        writer.WriteStartArray("schemas");
        writer.WriteStringValue(ScimSchemas.ListResponse);
        writer.WriteEndArray();
        writer.WriteNumber("totalResults", totalResults);
        writer.WriteNumber("itemsPerPage", resources.Count);
        writer.WriteNumber("startIndex", startIndex);
        writer.WriteStartArray("Resources");
        foreach (var resource in resources)
        {
            writer.WriteRawValue(resource, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return scratch.Written.ToArray();
    }
}

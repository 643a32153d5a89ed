using MockWireServer.Scim.Http;
using System.Text.Json;

namespace MockWireServer.Scim.Groups;

/// <summary>Group JSON as spar renders it: members with $ref, meta.version always W/"v1", lastModified = created.</summary>
public static class ScimGroupRenderer
{
    public static byte[] Render(StoredGroup group, string scimBaseUri)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Writer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("schemas");
            writer.WriteStringValue(ScimSchemas.Group);
            writer.WriteEndArray();
            writer.WriteString("id", group.Id);
            writer.WriteString("displayName", group.DisplayName);
            writer.WriteStartArray("members");
            foreach (var member in group.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("value", member);
                writer.WriteString("type", "User");
                writer.WriteString("$ref", $"{scimBaseUri}/Users/{member}");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteString("resourceType", "Group");
            writer.WriteString("created", ScimTimestamp.ToText(group.Created));
            writer.WriteString("lastModified", ScimTimestamp.ToText(group.Created));
            writer.WriteString("version", "W/\"v1\"");
            writer.WriteString("location", $"{scimBaseUri}/Groups/{group.Id}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}

using MockWireServer.Scim.Http;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MockWireServer.Faults;
using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>
/// Renders a stored user the way spar synthesizes it (wire-scim.md §9.1): fixed schemas, roles as objects (#5440),
/// both rich-info extensions, and meta.version as a weak ETag over the SHA-256 of the rendered content.
/// </summary>
public static class ScimUserRenderer
{
    /// <summary>An invited user shows "member" until the invitation is accepted (testCreateUserNoIdPWithRole).</summary>
    public static string VisibleRole(StoredUser user, BrokenRules? broken = null) =>
        user.Status == AccountStatus.PendingInvitation && broken?.Breaks("wire.invite.role") != true ? Rules.RoleRules.DefaultRole : user.Role;

    /// <summary>Active and Ephemeral are active; Suspended and PendingInvitation are not (spar Scim/Types.hs).</summary>
    public static bool IsActive(StoredUser user, BrokenRules? broken = null) =>
        user.Status == AccountStatus.Active || (user.Status == AccountStatus.PendingInvitation && broken?.Breaks("wire.invite.inactive") == true);

    public static byte[] Render(StoredUser user, string scimBaseUri, BrokenRules? broken = null)
    {
        var content = RenderContent(user, broken);
        var version = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"";
        using var stream = new MemoryStream(content.Length + 256);
        // The content is a complete object; meta is spliced in before its closing brace.
        stream.Write(content, 0, content.Length - 1);
        stream.WriteByte((byte)',');
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Writer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "User");
            writer.WriteString("created", Timestamp(user.Created));
            writer.WriteString("lastModified", Timestamp(user.LastModified));
            writer.WriteString("version", version);
            writer.WriteString("location", $"{scimBaseUri}/Users/{user.Id}");
            writer.WriteEndObject();
        }

        // Turn the meta object into a property: "meta":{...}
        var bytes = stream.ToArray();
        var metaStart = content.Length;
        var prefix = "\"meta\":"u8.ToArray();
        var result = new byte[bytes.Length + prefix.Length + 1];
        bytes.AsSpan(0, metaStart).CopyTo(result);
        prefix.CopyTo(result.AsSpan(metaStart));
        bytes.AsSpan(metaStart).CopyTo(result.AsSpan(metaStart + prefix.Length));
        result[^1] = (byte)'}';
        return result;
    }

    /// <summary>The user without meta: what meta.version hashes, so identical content gives an identical version.</summary>
    public static byte[] RenderContent(StoredUser user, BrokenRules? broken = null)
    {
        using var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Writer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("schemas");
            writer.WriteStringValue(ScimSchemas.User);
            writer.WriteStringValue(ScimSchemas.WireProfile);
            writer.WriteStringValue(ScimSchemas.WireUserExtension);
            writer.WriteEndArray();
            writer.WriteString("id", user.Id);
            writer.WriteString("userName", user.Handle);
            writer.WriteString("externalId", user.ExternalId);
            writer.WriteString("displayName", user.DisplayName);
            writer.WriteString("preferredLanguage", user.Language);
            writer.WriteBoolean("active", IsActive(user, broken));
            if (user.Email is { } email)
            {
                writer.WriteStartArray("emails");
                writer.WriteStartObject();
                writer.WriteString("value", email.Value);
                if (email.Type is not null)
                {
                    writer.WriteString("type", email.Type);
                }

                if (email.Primary is { } primary)
                {
                    writer.WriteBoolean("primary", primary);
                }

                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteStartArray("roles");
            writer.WriteStartObject();
            writer.WriteString("value", VisibleRole(user, broken));
            writer.WriteEndObject();
            writer.WriteEndArray();

            writer.WriteStartObject(ScimSchemas.WireUserExtension);
            foreach (var field in user.RichInfo)
            {
                writer.WriteString(field.Type, field.Value);
            }

            writer.WriteEndObject();
            writer.WriteStartObject(ScimSchemas.WireProfile);
            writer.WriteStartObject("richInfo");
            writer.WriteStartArray("fields");
            foreach (var field in user.RichInfo)
            {
                writer.WriteStartObject();
                writer.WriteString("type", field.Type);
                writer.WriteString("value", field.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("version", 0);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>spar stores timestamps with millisecond precision.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

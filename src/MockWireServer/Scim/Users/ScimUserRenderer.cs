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
        using var content = JsonScratch.Rent();
        WriteContent(content.Writer, user, broken);
        var json = content.Written;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);

        using var meta = JsonScratch.Rent();
        var writer = meta.Writer;
        writer.WriteStartObject();
        writer.WriteString("resourceType", "User");
        WriteTimestamp(writer, "created", user.Created);
        WriteTimestamp(writer, "lastModified", user.LastModified);
        WriteVersion(writer, hash);
        writer.WriteString("location", $"{scimBaseUri}/Users/{user.Id}");
        writer.WriteEndObject();

        // The content is a complete object; meta is spliced in as its last property, before the closing brace.
        var metaJson = meta.Written;
        var result = new byte[json.Length - 1 + MetaProperty.Length + metaJson.Length + 1];
        json[..^1].CopyTo(result);
        MetaProperty.CopyTo(result.AsSpan(json.Length - 1));
        metaJson.CopyTo(result.AsSpan(json.Length - 1 + MetaProperty.Length));
        result[^1] = (byte)'}';
        return result;
    }

    /// <summary>The user without meta: what meta.version hashes, so identical content gives an identical version.</summary>
    public static byte[] RenderContent(StoredUser user, BrokenRules? broken = null)
    {
        using var content = JsonScratch.Rent();
        WriteContent(content.Writer, user, broken);
        return content.Written.ToArray();
    }

    private static ReadOnlySpan<byte> MetaProperty => ",\"meta\":"u8;

    private static void WriteContent(Utf8JsonWriter writer, StoredUser user, BrokenRules? broken)
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

    /// <summary>meta.version: a weak ETag, W/"&lt;hex SHA-256 of the content&gt;".</summary>
    private static void WriteVersion(Utf8JsonWriter writer, ReadOnlySpan<byte> hash)
    {
        Span<char> version = stackalloc char[4 + (2 * SHA256.HashSizeInBytes)];
        "W/\"".CopyTo(version);
        Convert.TryToHexStringLower(hash, version[3..], out _);
        version[^1] = '"';
        writer.WriteString("version", version);
    }

    private static void WriteTimestamp(Utf8JsonWriter writer, string name, DateTimeOffset at)
    {
        Span<char> text = stackalloc char[32];
        at.UtcDateTime.TryFormat(text, out var length, TimestampFormat, CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }

    /// <summary>spar stores timestamps with millisecond precision.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
}

using MockWireServer.Scim.Http;
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
        writer.WriteString(Names.ResourceType, Names.User);
        WriteTimestamp(writer, Names.Created, user.Created);
        WriteTimestamp(writer, Names.LastModified, user.LastModified);
        WriteVersion(writer, hash);
        WriteLocation(writer, scimBaseUri, user.Id);
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
        writer.WriteStartArray(Names.Schemas);
        writer.WriteStringValue(Names.UserSchema);
        writer.WriteStringValue(Names.WireProfile);
        writer.WriteStringValue(Names.WireUserExtension);
        writer.WriteEndArray();
        writer.WriteString(Names.Id, user.Id);
        writer.WriteString(Names.UserName, user.Handle);
        writer.WriteString(Names.ExternalId, user.ExternalId);
        writer.WriteString(Names.DisplayName, user.DisplayName);
        writer.WriteString(Names.PreferredLanguage, user.Language);
        writer.WriteBoolean(Names.Active, IsActive(user, broken));
        if (user.Email is { } email)
        {
            writer.WriteStartArray(Names.Emails);
            writer.WriteStartObject();
            writer.WriteString(Names.Value, email.Value);
            if (email.Type is not null)
            {
                writer.WriteString(Names.Type, email.Type);
            }

            if (email.Primary is { } primary)
            {
                writer.WriteBoolean(Names.Primary, primary);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartArray(Names.Roles);
        writer.WriteStartObject();
        writer.WriteString(Names.Value, VisibleRole(user, broken));
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject(Names.WireUserExtension);
        foreach (var field in user.RichInfo)
        {
            writer.WriteString(field.Type, field.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Names.WireProfile);
        writer.WriteStartObject(Names.RichInfo);
        writer.WriteStartArray(Names.Fields);
        foreach (var field in user.RichInfo)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Type, field.Type);
            writer.WriteString(Names.Value, field.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber(Names.Version, 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>meta.version: a weak ETag, W/"&lt;hex SHA-256 of the content&gt;", written as the JSON string it is.</summary>
    private static void WriteVersion(Utf8JsonWriter writer, ReadOnlySpan<byte> hash)
    {
        ReadOnlySpan<byte> open = "\"W/\\\""u8, close = "\\\"\""u8;
        Span<byte> json = stackalloc byte[open.Length + (2 * SHA256.HashSizeInBytes) + close.Length];
        open.CopyTo(json);
        Convert.TryToHexStringLower(hash, json[open.Length..], out _);
        close.CopyTo(json[^close.Length..]);
        writer.WritePropertyName(Names.Version);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>Digits and punctuation only, so the quoted text is already a JSON string.</summary>
    private static void WriteTimestamp(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset at)
    {
        Span<byte> json = stackalloc byte[ScimTimestamp.Length + 2];
        json[0] = json[^1] = (byte)'"';
        ScimTimestamp.Format(at, json[1..^1]);
        writer.WritePropertyName(name);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    private static void WriteLocation(Utf8JsonWriter writer, string scimBaseUri, Guid id)
    {
        const string users = "/Users/";
        // The base comes from the request's Host header when none is configured: only a usual length goes on the stack.
        var length = scimBaseUri.Length + users.Length + 36;
        Span<char> location = length <= 512 ? stackalloc char[length] : new char[length];
        scimBaseUri.CopyTo(location);
        users.CopyTo(location[scimBaseUri.Length..]);
        id.TryFormat(location[(scimBaseUri.Length + users.Length)..], out _);
        writer.WriteString(Names.Location, location);
    }

    /// <summary>Encoded once: a name passed as a string is transcoded and checked for escapes at every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Schemas = JsonEncodedText.Encode("schemas");
        public static readonly JsonEncodedText UserSchema = JsonEncodedText.Encode(ScimSchemas.User);
        public static readonly JsonEncodedText WireProfile = JsonEncodedText.Encode(ScimSchemas.WireProfile);
        public static readonly JsonEncodedText WireUserExtension = JsonEncodedText.Encode(ScimSchemas.WireUserExtension);
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText UserName = JsonEncodedText.Encode("userName");
        public static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("externalId");
        public static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
        public static readonly JsonEncodedText PreferredLanguage = JsonEncodedText.Encode("preferredLanguage");
        public static readonly JsonEncodedText Active = JsonEncodedText.Encode("active");
        public static readonly JsonEncodedText Emails = JsonEncodedText.Encode("emails");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Primary = JsonEncodedText.Encode("primary");
        public static readonly JsonEncodedText Roles = JsonEncodedText.Encode("roles");
        public static readonly JsonEncodedText RichInfo = JsonEncodedText.Encode("richInfo");
        public static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText ResourceType = JsonEncodedText.Encode("resourceType");
        public static readonly JsonEncodedText User = JsonEncodedText.Encode("User");
        public static readonly JsonEncodedText Created = JsonEncodedText.Encode("created");
        public static readonly JsonEncodedText LastModified = JsonEncodedText.Encode("lastModified");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    }
}

using System.Buffers.Binary;

namespace MockWireServer.Store.Records;

/// <summary>
/// A <see cref="StoredUser"/> as bytes: fixed-size fields first, then its strings as UTF-16 (exact for any string,
/// lone surrogates included) with their length, the indexed ones (handle, externalId, email) first so a key check
/// reads no further. Reading makes a new <see cref="StoredUser"/>; the store keeps only the bytes.
/// </summary>
public static class UserRecord
{
    [Flags]
    private enum Flags : ushort
    {
        None = 0,
        HasIdp = 1,
        HasEmail = 2,
        EmailPrimaryKnown = 4,
        EmailPrimary = 8,
        ManagedByScim = 16,
    }

    public static int SizeOf(StoredUser user)
    {
        var size = FirstString
            + StringSize(user.Handle) + StringSize(user.ExternalId) + StringSize(user.Email?.Value)
            + StringSize(user.DisplayName) + StringSize(user.Email?.Type) + StringSize(user.Role) + StringSize(user.Language)
            + StringSize(user.InvitedRole) + StringSize(user.Password) + 4;
        foreach (var field in user.RichInfo)
        {
            size += StringSize(field.Type) + StringSize(field.Value);
        }

        return size;
    }

    public static void Write(StoredUser user, Span<byte> into)
    {
        var writer = new RecordWriter(into);
        writer.Guid(user.Id);
        writer.Guid(user.TeamId);
        writer.Guid(user.IdpId ?? Guid.Empty);
        writer.UInt16((ushort)FlagsOf(user));
        writer.UInt16((ushort)user.Status);
        writer.Time(user.Created);
        writer.Time(user.LastModified);
        writer.String(user.Handle);
        writer.String(user.ExternalId);
        writer.String(user.Email?.Value);
        writer.String(user.DisplayName);
        writer.String(user.Email?.Type);
        writer.String(user.Role);
        writer.String(user.Language);
        writer.String(user.InvitedRole);
        writer.String(user.Password);
        writer.Int32(user.RichInfo.Count);
        foreach (var field in user.RichInfo)
        {
            writer.String(field.Type);
            writer.String(field.Value);
        }
    }

    public static StoredUser Read(ReadOnlySpan<byte> record)
    {
        var reader = new RecordReader(record);
        var (id, teamId, idpId) = (reader.Guid(), reader.Guid(), reader.Guid());
        var flags = (Flags)reader.UInt16();
        var status = (AccountStatus)reader.UInt16();
        var (created, lastModified) = (reader.Time(), reader.Time());
        var (handle, externalId, emailValue) = (reader.String()!, reader.String()!, reader.String());
        var (displayName, emailType, role, language) = (reader.String()!, reader.String(), reader.String()!, reader.String()!);
        var (invitedRole, password) = (reader.String(), reader.String());
        var richInfo = new RichInfoField[reader.Int32()];
        for (var i = 0; i < richInfo.Length; i++)
        {
            richInfo[i] = new RichInfoField(reader.String()!, reader.String()!);
        }

        return new StoredUser
        {
            Id = id,
            TeamId = teamId,
            IdpId = flags.HasFlag(Flags.HasIdp) ? idpId : null,
            Handle = handle,
            ExternalId = externalId,
            DisplayName = displayName,
            Email = flags.HasFlag(Flags.HasEmail)
                ? new StoredEmail(emailValue!, emailType, flags.HasFlag(Flags.EmailPrimaryKnown) ? flags.HasFlag(Flags.EmailPrimary) : null)
                : null,
            Status = status,
            Role = role,
            Language = language,
            RichInfo = richInfo.Length == 0 ? [] : richInfo,
            ManagedByScim = flags.HasFlag(Flags.ManagedByScim),
            Created = created,
            LastModified = lastModified,
            InvitedRole = invitedRole,
            Password = password,
        };
    }

    public static Guid TeamId(ReadOnlySpan<byte> record) => new(record.Slice(TeamIdAt, 16));

    public static bool HasIdp(ReadOnlySpan<byte> record) => ((Flags)BinaryPrimitives.ReadUInt16LittleEndian(record[FlagsAt..]) & Flags.HasIdp) != 0;

    public static Guid IdpId(ReadOnlySpan<byte> record) => new(record.Slice(IdpIdAt, 16));

    public static ReadOnlySpan<char> Handle(ReadOnlySpan<byte> record) => new RecordReader(record, FirstString).String(out _);

    public static ReadOnlySpan<char> ExternalId(ReadOnlySpan<byte> record)
    {
        var reader = new RecordReader(record, FirstString);
        reader.Skip();
        return reader.String(out _);
    }

    /// <summary>The email's address, or null for a user without one.</summary>
    public static ReadOnlySpan<char> EmailValue(ReadOnlySpan<byte> record, out bool isNull)
    {
        var reader = new RecordReader(record, FirstString);
        reader.Skip();
        reader.Skip();
        return reader.String(out isNull);
    }

    // Where Write puts the fixed fields the store reads without decoding: the id, then the team, the IdP and the flags;
    // the status and two times follow, then the strings.
    private const int TeamIdAt = 16, IdpIdAt = 32, FlagsAt = 48;
    private const int FirstString = FlagsAt + 2 + 2 + (2 * RecordWriter.TimeSize);

    private static int StringSize(string? value) => RecordWriter.SizeOf(value);

    private static Flags FlagsOf(StoredUser user) =>
        (user.IdpId is not null ? Flags.HasIdp : Flags.None)
        | (user.Email is not null ? Flags.HasEmail : Flags.None)
        | (user.Email?.Primary is not null ? Flags.EmailPrimaryKnown : Flags.None)
        | (user.Email?.Primary == true ? Flags.EmailPrimary : Flags.None)
        | (user.ManagedByScim ? Flags.ManagedByScim : Flags.None);
}

using FsCheck;
using FsCheck.Xunit;
using MockWireServer.Store;
using MockWireServer.Store.Records;

namespace MockWireServer.Tests.Store;

/// <summary>A user kept as bytes reads back as the user written, whatever its strings hold.</summary>
public sealed class UserRecordTests
{
    [Property(MaxTest = 500)]
    public void A_user_read_back_from_its_record_is_the_user_written(
        NonNull<string> handle, NonNull<string> externalId, NonNull<string> displayName, string? emailValue, string? emailType,
        bool? primary, Guid? idpId, AccountStatus status, NonNull<string>[] richInfoTypes, string? password, DateTimeOffset created, bool managed)
    {
        var user = new StoredUser
        {
            Id = Guid.NewGuid(),
            TeamId = Guid.NewGuid(),
            IdpId = idpId,
            Handle = handle.Get,
            ExternalId = externalId.Get,
            DisplayName = displayName.Get,
            Email = emailValue is null ? null : new StoredEmail(emailValue, emailType, primary),
            Status = status,
            Role = "partner",
            Language = "de-CH",
            RichInfo = [.. richInfoTypes.Select((type, i) => new RichInfoField(type.Get, $"value {i}"))],
            ManagedByScim = managed,
            Created = created,
            LastModified = created.AddMilliseconds(1),
            InvitedRole = password is null ? null : "admin",
            Password = password,
        };

        var record = Write(user);

        UserRecord.Read(record).Should().BeEquivalentTo(user, options => options.ComparingRecordsByMembers().WithStrictOrdering());
        UserRecord.TeamId(record).Should().Be(user.TeamId);
        UserRecord.HasIdp(record).Should().Be(idpId is not null);
        new string(UserRecord.Handle(record)).Should().Be(user.Handle);
        new string(UserRecord.ExternalId(record)).Should().Be(user.ExternalId);
        new string(UserRecord.EmailValue(record, out var noEmail)).Should().Be(emailValue ?? "");
        noEmail.Should().Be(emailValue is null);
    }

    [Fact]
    public void Strings_that_are_not_valid_text_and_offsets_that_are_not_utc_survive()
    {
        var user = StoreUsers.Make(handle: "a\uD800b", externalId: "\uDFFFx@example.com") with
        {
            Created = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(-5.5)),
        };

        UserRecord.Read(Write(user)).Should().BeEquivalentTo(user, options => options.ComparingRecordsByMembers());
    }

    private static byte[] Write(StoredUser user)
    {
        var record = new byte[UserRecord.SizeOf(user)];
        UserRecord.Write(user, record);
        return record;
    }
}

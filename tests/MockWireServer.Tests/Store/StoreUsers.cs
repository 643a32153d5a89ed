using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>Stored users for the store's own tests: an email-mode user unless told otherwise.</summary>
public static class StoreUsers
{
    public static readonly Guid TeamId = Guid.NewGuid();

    public static StoredUser Make(string handle, string? externalId = null, Guid? teamId = null, Guid? idpId = null) => new()
    {
        Id = Guid.NewGuid(),
        TeamId = teamId ?? TeamId,
        IdpId = idpId,
        Handle = handle,
        ExternalId = externalId ?? handle + "@example.com",
        DisplayName = handle,
        Email = new StoredEmail(externalId ?? handle + "@example.com", null, true),
        Status = AccountStatus.PendingInvitation,
        Role = "member",
        Language = "en",
        Created = DateTimeOffset.UnixEpoch,
        LastModified = DateTimeOffset.UnixEpoch,
    };
}

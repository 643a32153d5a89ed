using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>An email entry as a client sent it.</summary>
public sealed record InputEmail(string Value, string? Type, bool? Primary);

/// <summary>
/// A SCIM user as hscim parses it, before Wire's rules run. POST and PUT bodies become one; PATCH builds one from the
/// stored user, applies its operations to it and then validates it exactly like a PUT (hscim's default patchUser).
/// </summary>
public sealed record ScimUserInput
{
    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>Null when absent or null; Wire treats that like true on PUT.</summary>
    public bool? Active { get; init; }

    public string? Password { get; init; }

    public IReadOnlyList<InputEmail> Emails { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public string? PreferredLanguage { get; init; }

    /// <summary>The <c>urn:wire:scim:schemas:profile:1.0</c> list form.</summary>
    public IReadOnlyList<RichInfoField> RichInfoList { get; init; } = [];

    /// <summary>The <c>urn:ietf:params:scim:schemas:extension:wire:1.0:User</c> map form.</summary>
    public IReadOnlyList<RichInfoField> RichInfoMap { get; init; } = [];

    /// <summary>The stored user as spar synthesizes it for a PATCH (what GET would return).</summary>
    public static ScimUserInput FromStored(StoredUser user) => new()
    {
        UserName = user.Handle,
        DisplayName = user.DisplayName,
        ExternalId = user.ExternalId,
        Active = user.Status == AccountStatus.Active,
        Emails = user.Email is { } e ? [new InputEmail(e.Value, e.Type, e.Primary)] : [],
        // A pending invitation holds its role until accepted; an empty list keeps it through the PUT that follows.
        Roles = user.Status == AccountStatus.PendingInvitation ? [] : [user.Role],
        PreferredLanguage = user.Language,
        RichInfoList = user.RichInfo,
    };
}

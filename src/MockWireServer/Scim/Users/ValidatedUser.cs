using MockWireServer.Store;

namespace MockWireServer.Scim.Users;

/// <summary>A user that passed Wire's rules, ready for the uniqueness checks and the store.</summary>
public sealed record ValidatedUser(
    string Handle,
    string ExternalId,
    string DisplayName,
    StoredEmail? Email,
    bool? Active,
    string? Role,
    string Language,
    IReadOnlyList<RichInfoField> RichInfo);

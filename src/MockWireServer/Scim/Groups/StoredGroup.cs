namespace MockWireServer.Scim.Groups;

/// <summary>A Wire user group with managedBy = scim (Groups exist since Wire 5.24.0).</summary>
public sealed record StoredGroup(Guid Id, Guid TeamId, string DisplayName, IReadOnlyList<Guid> Members, DateTimeOffset Created);

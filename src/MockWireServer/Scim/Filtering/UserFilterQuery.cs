using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Scim.Filtering;

/// <summary>spar's getUsers: <c>userName eq</c> and <c>externalId eq</c> only, at most one result (wire-scim.md §10.1).</summary>
public static class UserFilterQuery
{
    public const string FilterRequiredDetail = "Please specify a filter when getting users.";

    /// <param name="filter">The parsed filter (servant parses it before the handler, and a malformed one never gets
    /// here); null when the request has none.</param>
    public static (IReadOnlyList<StoredUser> Users, ScimError? Error) Run(AttributeFilter? filter, Team team, Guid? idpId, WireStore store, Faults.BrokenRules? broken = null)
    {
        if (filter is null)
        {
            return ([], new ScimError(400, ScimTypes.TooMany, FilterRequiredDetail));
        }

        if (filter.Schema is not null && !string.Equals(filter.Schema, ScimSchemas.User, StringComparison.OrdinalIgnoreCase))
        {
            return ([], ScimError.InvalidFilter("Unsupported schema"));
        }

        var byUserName = filter.Attribute.Equals("userName", StringComparison.OrdinalIgnoreCase);
        if (!(byUserName || filter.Attribute.Equals("externalId", StringComparison.OrdinalIgnoreCase)) || filter.SubAttribute is not null)
        {
            return ([], ScimError.InvalidFilter("Unsupported attribute"));
        }

        if (filter.Operator != "eq" || filter.Kind != FilterValueKind.String)
        {
            return ([], ScimError.InvalidFilter("Operation not supported"));
        }

        var found = byUserName ? FindByUserName(filter.Value!, team, store)
            : broken?.Breaks("wire.externalid.filter") == true ? null
            : store.FindUserByExternalId(team, idpId, filter.Value!);
        return (found is null ? [] : [found], null);
    }

    /// <summary>An invalid handle finds nothing rather than failing: Azure probes with random UUIDs (specAzureQuirks).</summary>
    private static StoredUser? FindByUserName(string value, Team team, WireStore store)
    {
        var handle = HandleRules.Normalize(value);
        return HandleRules.IsValid(handle) ? store.FindUserByHandle(team, handle) : null;
    }
}

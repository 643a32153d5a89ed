namespace MockWireServer.Rules;

/// <summary>Team roles a SCIM client may set: 0 or 1 of owner, admin, member, partner (wire-scim.md §8.2).</summary>
public static class RoleRules
{
    public const string DefaultRole = "member";

    private static readonly string[] Valid = ["owner", "admin", "member", "partner"];

    public static bool IsValid(string role) => Valid.Contains(role, StringComparer.Ordinal);

    public static string TooManyDetail(string suffix) => $"A user cannot have more than one role. {suffix}";

    public static string InvalidDetail(string role, string suffix) =>
        $"The role '{role}' is not valid. Valid roles are owner, admin, member, partner. {suffix}";

    public static bool MayManageTokens(string role) => role is "owner" or "admin";
}

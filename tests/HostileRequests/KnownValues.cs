namespace HostileRequests;

/// <summary>
/// The ids and credentials of a seeded world, bound into generated requests by placeholder. "Other" values belong to a
/// second team, so generated requests also try to reach across teams.
/// </summary>
public sealed record KnownValues(
    string ScimToken,
    string OtherScimToken,
    string AccessToken,
    string AdminEmail,
    string AdminPassword,
    Guid TeamId,
    Guid AdminId,
    Guid IdpId,
    Guid UserId,
    Guid GroupId,
    Guid TokenId,
    Guid OtherTeamId,
    Guid OtherUserId,
    string InvitationCode,
    Guid OtherGroupId,
    Guid OtherTokenId,
    Guid OtherIdpId,
    string OtherUserName,
    string OtherGroupName)
{
    public static readonly string[] IdPlaceholders =
        ["{{USER_ID}}", "{{GROUP_ID}}", "{{TOKEN_ID}}", "{{TEAM_ID}}", "{{ADMIN_ID}}", "{{IDP_ID}}", "{{OTHER_TEAM_ID}}", "{{OTHER_USER_ID}}", "{{INVITATION_CODE}}"];

    public string Bind(string text) => !text.Contains("{{", StringComparison.Ordinal) ? text : text
        .Replace("{{SCIM_TOKEN}}", ScimToken, StringComparison.Ordinal)
        .Replace("{{OTHER_SCIM_TOKEN}}", OtherScimToken, StringComparison.Ordinal)
        .Replace("{{ACCESS_TOKEN}}", AccessToken, StringComparison.Ordinal)
        .Replace("{{ADMIN_EMAIL}}", AdminEmail, StringComparison.Ordinal)
        .Replace("{{ADMIN_PASSWORD}}", AdminPassword, StringComparison.Ordinal)
        .Replace("{{TEAM_ID}}", TeamId.ToString(), StringComparison.Ordinal)
        .Replace("{{ADMIN_ID}}", AdminId.ToString(), StringComparison.Ordinal)
        .Replace("{{IDP_ID}}", IdpId.ToString(), StringComparison.Ordinal)
        .Replace("{{USER_ID}}", UserId.ToString(), StringComparison.Ordinal)
        .Replace("{{GROUP_ID}}", GroupId.ToString(), StringComparison.Ordinal)
        .Replace("{{TOKEN_ID}}", TokenId.ToString(), StringComparison.Ordinal)
        .Replace("{{OTHER_TEAM_ID}}", OtherTeamId.ToString(), StringComparison.Ordinal)
        .Replace("{{OTHER_USER_ID}}", OtherUserId.ToString(), StringComparison.Ordinal)
        .Replace("{{INVITATION_CODE}}", InvitationCode, StringComparison.Ordinal);

    /// <summary>Every secret bound into requests: what must never appear in a log line.</summary>
    public IEnumerable<string> Secrets => [ScimToken, OtherScimToken, AccessToken, AdminPassword];
}

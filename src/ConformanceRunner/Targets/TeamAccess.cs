namespace ConformanceRunner.Targets;

/// <summary>What a scenario holds for the team it provisions: the SCIM token and, where known, the team and its admin.</summary>
public sealed record TeamAccess(string ScimToken, TeamMode Mode, string? TeamId = null, string? IdpId = null, AdminCredentials? Admin = null);

/// <summary>A team admin's Wire login, needed for <c>/login</c> and the <c>/scim/auth-tokens</c> API.</summary>
public sealed record AdminCredentials(string Email, string Password);

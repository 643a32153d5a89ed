namespace ConformanceRunner.Targets;

/// <summary>How Wire provisions a team's users, decided by whether the SCIM token is tied to a SAML IdP (wire-scim.md §6).</summary>
public enum TeamMode
{
    /// <summary>Token without IdP: users get an email invitation and stay inactive until they accept it.</summary>
    EmailInvitations,

    /// <summary>Token associated with the team's single IdP: externalId is the SAML NameID, users are active at once.</summary>
    SamlSso,
}

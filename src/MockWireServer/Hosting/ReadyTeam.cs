using MockWireServer.Control;
using MockWireServer.Store;
using MockWireServer.Tokens;

namespace MockWireServer.Hosting;

/// <summary>A team with an admin and SCIM tokens made at start-up, so a vendor can connect a client in one step.</summary>
public sealed class ReadyTeam(TeamProvisioning teams, WireStore store, TimeProvider clock)
{
    public sealed record Credentials(Guid TeamId, string AdminEmail, string AdminPassword, string EmailModeToken, Guid IdpId, string SamlModeToken);

    public Credentials Create()
    {
        var (team, admin) = teams.CreateTeam("Ready team");
        var emailToken = AddToken(team, null, "ready token (email invitations)");
        var idp = teams.AddIdp(team);
        var samlToken = AddToken(team, idp.Id, "ready token (SAML SSO)");
        return new Credentials(team.Id, admin.Email, admin.Password, emailToken, idp.Id, samlToken);
    }

    private string AddToken(Team team, Guid? idpId, string description)
    {
        var secret = ScimTokenSecret.Generate();
        store.TryAddToken(team, new ScimTokenRecord(Guid.NewGuid(), team.Id, idpId, description, null, clock.GetUtcNow(), ScimTokenSecret.Hash(secret)), int.MaxValue);
        return secret;
    }
}

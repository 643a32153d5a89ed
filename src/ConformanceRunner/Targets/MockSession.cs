namespace ConformanceRunner.Targets;

/// <summary>
/// A scenario's session on the mock, in this process or over the network: the scenario gets its own team, admin and
/// SCIM token through the control plane, login and token API, as a user of the mock would. Nothing to clean up: the
/// team is the scenario's alone.
/// </summary>
internal sealed class MockSession(HttpMessageHandler transport, Uri serverRoot, ScenarioNames names)
    : TargetSession(transport, observer: null, serverRoot, "/scim/v2", hasControlPlane: true, names)
{
    public override async Task<TeamAccess> ProvisionTeamAsync(TeamMode mode, CancellationToken cancellationToken)
    {
        var team = await ControlPlane.CreateTeamAsync(Names.Unique("team"), withIdp: mode == TeamMode.SamlSso, cancellationToken);
        var accounts = new WireAccounts(Http);
        var accessToken = await accounts.LoginAsync(team.Admin, cancellationToken);
        // A team with exactly one IdP gets the token associated with it (legacy token API, wire-scim.md §2.2 rule 5).
        var token = await accounts.CreateScimTokenAsync(accessToken, "scim-conformance", team.Admin.Password, cancellationToken);
        return new TeamAccess(token.Token, mode, team.TeamId, team.IdpId, team.Admin);
    }
}

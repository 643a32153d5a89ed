using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>Gives the scenario a Wire team and a SCIM token, in one of Wire's two provisioning modes (wire-scim.md §6).</summary>
[Binding]
public sealed class TeamSteps(TargetSession session, ScenarioTeam team)
{
    [Given("a team provisioned by SCIM with email invitations")]
    public async Task GivenATeamWithEmailInvitations() =>
        team.Access = await session.ProvisionTeamAsync(TeamMode.EmailInvitations, CancellationToken.None);

    [Given("a team provisioned by SCIM with SAML SSO")]
    public async Task GivenATeamWithSamlSso() =>
        team.Access = await session.ProvisionTeamAsync(TeamMode.SamlSso, CancellationToken.None);
}

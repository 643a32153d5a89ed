using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// The invited person's side of email-invitation mode (wire-scim.md §6.2), played through the mock's control plane:
/// scenarios using these steps are <c>@mock-only</c>.
/// </summary>
[Binding]
public sealed class InvitationSteps(TargetSession session, ScenarioTeam team, ScenarioUsers users)
{
    [Then("an invitation email is sent to the user")]
    public async Task ThenAnInvitationEmailIsSentToTheUser() => await InvitationForTheUserAsync();

    [When("the user accepts the invitation")]
    public async Task WhenTheUserAcceptsTheInvitation()
    {
        var invitation = await InvitationForTheUserAsync();
        using var response = await session.ControlPlane.AcceptInvitationAsync(invitation["code"]!.GetValue<string>(), CancellationToken.None);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConformanceAssertionException($"Accepting the invitation answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<JsonNode> InvitationForTheUserAsync()
    {
        var teamId = team.Access.TeamId ?? throw new InvalidOperationException("The target did not say which team it provisioned.");
        var outbox = await session.ControlPlane.OutboxAsync(teamId, CancellationToken.None);
        return outbox.FirstOrDefault(mail => mail?["kind"]?.GetValue<string>() == "invitation"
                && string.Equals(mail["userId"]?.GetValue<string>(), users.CurrentId, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConformanceAssertionException($"No invitation to user {users.CurrentId} in the team's outbox: {outbox.ToJsonString()}");
    }
}

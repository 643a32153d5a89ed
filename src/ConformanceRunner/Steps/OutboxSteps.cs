using System.Text.Json.Nodes;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// The mails Wire sends while provisioning (invitation in email mode, activation with validateSAMLemails in SAML mode),
/// accepting an invitation, and the invitation timeout (wire-scim.md §6). Control plane only: <c>@mock-only</c>.
/// </summary>
[Binding]
public sealed class OutboxSteps(MockControl mock, ScenarioUsers users)
{
    [Then("an invitation mail is sent to {string}")]
    public Task ThenAnInvitationIsSent(string address) => ExpectMail("invitation", address);

    [Then("a verification mail is sent to {string}")]
    public Task ThenAVerificationIsSent(string address) => ExpectMail("verification", address);

    [Then("no mail is sent")]
    public async Task ThenNoMailIsSent()
    {
        var outbox = await mock.OutboxAsync();
        if (outbox.Count > 0)
        {
            throw new ConformanceAssertionException($"Expected no mail, the outbox has {outbox.ToJsonString()}");
        }
    }

    [Given("the user has accepted the invitation")]
    [When("the user accepts the invitation")]
    public async Task GivenTheUserHasAcceptedTheInvitation()
    {
        var mail = await mock.InvitationFor(users.CurrentId)
            ?? throw new ConformanceAssertionException("No invitation mail was sent for the user.");
        ResponseExpectations.StatusIs(await mock.AcceptInvitationAsync(mail["code"]!.GetValue<string>(), password: null), 200);
    }

    [Given("validateSAMLemails is {word} for the team")]
    public async Task GivenValidateSamlEmails(string status) =>
        ResponseExpectations.StatusIs(await mock.SetValidateSamlEmailsAsync(status switch
        {
            "enabled" => true,
            "disabled" => false,
            _ => throw new ArgumentException("validateSAMLemails is \"enabled\" or \"disabled\""),
        }), 200);

    /// <summary>Moves the scenario's team clock (brig's invitation timeout is 21 days); other teams' clocks stay.</summary>
    [When("{int} day(s) pass(es) without the invitation being accepted")]
    public Task WhenDaysPass(int days) => mock.AdvanceClockAsync(TimeSpan.FromDays(days));

    private async Task ExpectMail(string kind, string address)
    {
        // The control plane's answer, like every response, has the scenario's prefix removed already.
        var outbox = await mock.OutboxAsync();
        var found = outbox.OfType<JsonObject>().Any(m =>
            m["kind"]?.GetValue<string>() == kind
            && string.Equals(m["to"]?.GetValue<string>(), address, StringComparison.OrdinalIgnoreCase)
            && m["userId"]?.GetValue<string>() == users.CurrentId);
        if (!found)
        {
            throw new ConformanceAssertionException($"Expected a(n) {kind} mail to {address} for the user, the outbox has {outbox.ToJsonString()}");
        }
    }
}

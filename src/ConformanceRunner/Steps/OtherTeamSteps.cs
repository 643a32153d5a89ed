using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// A second team with its own SCIM token, to show that tokens are scoped to their team (wire-scim.md §1.2, §2.2).
/// A live target has one configured token, so these scenarios are <c>@mock-only</c>.
/// </summary>
[Binding]
public sealed class OtherTeamSteps(TargetSession session, ScimClient scim, ScenarioUsers users, ScenarioNames names, Execution.ScenarioData data, WireSession wire)
{
    private TeamAccess? _other;

    private TeamAccess Other => _other ?? throw new InvalidOperationException("Start with \"Given another team provisioned by SCIM with email invitations\".");

    [Given("another team provisioned by SCIM with email invitations")]
    public async Task GivenAnotherTeam() => _other = await session.ProvisionTeamAsync(TeamMode.EmailInvitations, CancellationToken.None);

    [Given("another team provisioned by SCIM with SAML SSO")]
    public async Task GivenAnotherSamlTeam() => _other = await session.ProvisionTeamAsync(TeamMode.SamlSso, CancellationToken.None);

    [When("the other team's client reads the user")]
    public Task WhenTheOtherTeamReads() => scim.SendAsync(HttpMethod.Get, $"/Users/{users.CurrentId}", null, Other.ScimToken);

    [When("the other team's client replaces the user's displayName with {string}")]
    public Task WhenTheOtherTeamReplaces(string displayName) => scim.SendAsync(HttpMethod.Patch, $"/Users/{users.CurrentId}",
        $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"{{displayName}}"}]}""",
        Other.ScimToken);

    [When("the other team's client deletes the user")]
    public Task WhenTheOtherTeamDeletes() => scim.SendAsync(HttpMethod.Delete, $"/Users/{users.CurrentId}", null, Other.ScimToken);

    [When("the other team's client filters users by {word} {string}")]
    public Task WhenTheOtherTeamFilters(string attribute, string value) => scim.SendAsync(
        HttpMethod.Get, "/Users?filter=" + Uri.EscapeDataString($"{attribute} eq \"{(UserAttributes.IsIdentity(attribute) ? names.Unique(value) : value)}\""), null, Other.ScimToken);

    [When("the other team's client creates a user with userName {string}")]
    public Task WhenTheOtherTeamCreates(string userName) => scim.SendAsync(HttpMethod.Post, "/Users", new System.Text.Json.Nodes.JsonObject
    {
        ["schemas"] = new System.Text.Json.Nodes.JsonArray(UserAttributes.UserSchema),
        ["userName"] = names.Unique(userName),
        ["externalId"] = names.Unique(data.Email()),
        ["displayName"] = data.DisplayName(),
    }.ToJsonString(), Other.ScimToken);

    [When("the other team's client creates a user with externalId {string}")]
    public Task WhenTheOtherTeamCreatesWithExternalId(string externalId) => scim.SendAsync(HttpMethod.Post, "/Users", new System.Text.Json.Nodes.JsonObject
    {
        ["schemas"] = new System.Text.Json.Nodes.JsonArray(UserAttributes.UserSchema),
        ["userName"] = names.Unique(data.UserName()),
        ["externalId"] = names.Unique(externalId),
        ["displayName"] = data.DisplayName(),
    }.ToJsonString(), Other.ScimToken);

    [When("the other team's admin deletes this team's SCIM tokens by id")]
    public async Task WhenTheOtherAdminDeletesOurTokens()
    {
        await wire.LogInAsAdminAsync();
        var ours = await wire.TokenIdsAsync();
        await wire.LogInAsync(Other.Admin!.Email, Other.Admin.Password);
        foreach (var id in ours)
        {
            await wire.DeleteTokenAsync(id);
        }
    }

    [When("the other team's admin lists the SCIM tokens")]
    public async Task WhenTheOtherAdminLists()
    {
        await wire.LogInAsync(Other.Admin!.Email, Other.Admin.Password);
        await wire.ListTokensAsync();
    }
}

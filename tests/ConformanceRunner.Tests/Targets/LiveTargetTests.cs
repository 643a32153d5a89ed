using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;

namespace ConformanceRunner.Tests.Targets;

public sealed partial class LiveTargetTests
{
    private const string Features = """
        Feature: a live run
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario: creates two users and a group
            Given a user with userName "jane.doe" exists
            When the client creates a user with userName "john.doe"
            Then the user is created
            When the client creates a group "staff" with the members "jane.doe, john.doe"
            Then the group is created

          Scenario: creates a user, then fails
            Given a user with userName "jane.roe" exists
            When the client reads the user
            Then the response status is 500

          @mock-only
          Scenario: needs the control plane
            When the client creates a user with userName "ann.doe"
            Then the user is created
        """;

    private static async Task<IReadOnlyList<ScenarioResult>> RunLiveAsync(MockOverHttp server, string featuresRoot)
    {
        await using var target = server.AsLiveTarget();
        await using var run = await ConformanceRun.StartAsync(target, new RunSettings { Parallelism = 3 }, cancellationToken: TestContext.Current.CancellationToken);
        return await run.RunAllAsync(FeatureLoader.LoadScenarios(featuresRoot), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static IEnumerable<string> CreatedIds(IEnumerable<ScenarioResult> results, string resource) =>
        results.SelectMany(r => r.Outcome.Exchanges)
            .Where(e => e.Method == "POST" && e.Uri.AbsolutePath == "/scim/v2/" + resource && e.Status == 201)
            .Select(e => JsonNode.Parse(e.ResponseBody)!["id"]!.GetValue<string>());

    [Fact]
    public async Task A_run_deletes_exactly_the_users_and_groups_it_created_and_a_pre_existing_user_survives()
    {
        await using var server = await MockOverHttp.StartAsync();
        var existing = await server.CreateUserAsync("keeper");
        using var features = new TemporaryFeatures().With("live.feature", Features);

        var results = await RunLiveAsync(server, features.Root);

        var created = CreatedIds(results, "Users").ToList();
        created.Should().HaveCount(3, "two users in the first scenario, one in the failing one");
        foreach (var id in created)
        {
            (await server.StatusOfAsync($"/scim/v2/Users/{id}")).Should().Be(404, $"the run created user {id} and must have deleted it");
        }

        var group = CreatedIds(results, "Groups").Should().ContainSingle().Subject;
        (await server.StatusOfAsync($"/scim/v2/Groups/{group}")).Should().Be(404, "the run created the group and must have deleted it");

        (await server.StatusOfAsync($"/scim/v2/Users/{existing}")).Should().Be(200);
    }

    [Fact]
    public async Task A_failing_scenario_fails_and_a_mock_only_scenario_is_skipped_with_the_reason()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("live.feature", Features);

        var results = await RunLiveAsync(server, features.Root);

        results.Select(r => r.Outcome.Status).Should().Equal(ScenarioStatus.Passed, ScenarioStatus.Failed, ScenarioStatus.Skipped);
        results[1].Outcome.Message.Should().Contain("Expected status 500, got 200");
        results[1].Outcome.Step.Should().Be("line 15: Then the response status is 500");
        results[2].Outcome.Message.Should().Contain("@mock-only").And.Contain("/mock control plane");
        results[2].Outcome.Exchanges.Should().BeEmpty("a skipped scenario sends nothing");
    }

    [Fact]
    public async Task A_scenario_for_a_mode_the_live_target_has_no_token_for_is_skipped_with_the_reason()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("saml.feature", """
            Feature: saml on a live target
              Scenario: needs a SAML-mode token
                Given a team provisioned by SCIM with SAML SSO
                When the client creates a user with userName "jane.doe"
            """);

        var outcome = (await RunLiveAsync(server, features.Root)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Skipped);
        outcome.Message.Should().Contain("no token for SamlSso mode").And.Contain("--saml-token");
        outcome.Exchanges.Should().BeEmpty();
    }

    [Fact]
    public async Task A_scenario_that_needs_a_team_of_its_own_is_skipped_on_a_live_target_and_touches_nothing()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("own.feature", """
            Feature: team-wide token counts
              @own-team
              Scenario: fills the team's tokens
                Given a team provisioned by SCIM with email invitations
                And the team has 8 SCIM tokens
            """);

        var outcome = (await RunLiveAsync(server, features.Root)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Skipped);
        outcome.Message.Should().StartWith("@own-team:").And.Contain("shared with the operator");
        outcome.Exchanges.Should().BeEmpty();
    }

    [Fact]
    public async Task Deleting_every_token_of_a_live_team_is_refused_even_when_a_feature_forgets_the_tag()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("tokens.feature", """
            Feature: an untagged destructive step
              Scenario: deletes every token
                Given a team provisioned by SCIM with email invitations
                When the admin deletes every SCIM token of the team
            """);

        var outcome = (await RunLiveAsync(server, features.Root)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Skipped);
        outcome.Message.Should().Contain("would delete tokens this run did not create");
        outcome.Exchanges.Should().BeEmpty();
        (await server.StatusOfAsync("/scim/v2/Users?filter=userName%20eq%20%22nobody%22")).Should().Be(200, "the operator's token still works");
    }

    [Fact]
    public async Task Names_sent_to_a_live_target_carry_the_run_id_and_responses_read_as_the_feature_wrote_them()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("live.feature", Features);

        var results = await RunLiveAsync(server, features.Root);

        var sentUserNames = results[0].Outcome.Exchanges
            .Where(e => e.Method == "POST" && e.Uri.AbsolutePath == "/scim/v2/Users")
            .Select(e => JsonNode.Parse(e.RequestBody!)!["userName"]!.GetValue<string>());
        sentUserNames.Should().NotBeEmpty().And.OnlyContain(name => RunPrefixedName().IsMatch(name));
        results[0].Outcome.Status.Should().Be(ScenarioStatus.Passed, "\"Then the user is created\" and userName checks see the names without the prefix");
    }

    // RunSettings.RunId ("r" + 5 characters), "s" + the scenario's number, "-", then the name the feature wrote.
    [System.Text.RegularExpressions.GeneratedRegex("^r[a-z0-9]{5}s[0-9]+-(jane|john)\\.doe$")]
    private static partial System.Text.RegularExpressions.Regex RunPrefixedName();
}

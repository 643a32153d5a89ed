using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Execution;

/// <summary>Undefined and ambiguous steps, found by a dry run through Reqnroll's binding registry.</summary>
public sealed class StepBindingTests
{
    private static readonly LiveTarget NeverContacted = new(new LiveTargetOptions(new Uri("https://scim.invalid/scim/v2"), EmailInvitationsToken: "unused"));

    private static async Task<IReadOnlyList<ScenarioResult>> DryRunAsync(string featuresRoot, HostServices? host = null)
    {
        await using var run = await ConformanceRun.StartAsync(NeverContacted, new RunSettings { DryRun = true, Parallelism = 2 }, host: host);
        return await run.RunAllAsync(FeatureLoader.LoadScenarios(featuresRoot), cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_undefined_step_is_reported_with_a_ready_to_paste_snippet()
    {
        using var features = new TemporaryFeatures().With("undefined.feature", """
            Feature: undefined
              Scenario: a step nobody wrote
                Given a team provisioned by SCIM with email invitations
                When the client juggles 3 users
            """);

        var outcome = (await DryRunAsync(features.Root)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Undefined);
        outcome.Message.Should().Contain("[When(\"the client juggles {int} users\")]");
    }

    [Fact]
    public async Task An_ignored_scenario_is_skipped_like_reqnroll_skips_it()
    {
        using var features = new TemporaryFeatures().With("ignored.feature", """
            Feature: ignored
              @ignore
              Scenario: switched off
                When the client juggles 3 users
            """);

        var outcome = (await DryRunAsync(features.Root)).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Skipped);
        outcome.Message.Should().StartWith("@ignore");
    }

    [Fact]
    public async Task An_ambiguous_step_names_every_candidate()
    {
        using var features = new TemporaryFeatures().With("ambiguous.feature", """
            Feature: ambiguous
              Scenario: two bindings for one step
                Given a team provisioned by SCIM with email invitations
            """);

        var outcome = (await DryRunAsync(features.Root, new HostServices(AdditionalStepAssemblies: [typeof(DuplicateSteps).Assembly]))).Single().Outcome;

        outcome.Status.Should().Be(ScenarioStatus.Ambiguous);
        outcome.Candidates.Should().HaveCount(2)
            .And.Contain(c => c.StartsWith("TeamSteps.GivenATeamWithEmailInvitations", StringComparison.Ordinal))
            .And.Contain(c => c.StartsWith("DuplicateSteps.GivenATeamTheOtherWay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_step_vocabulary_comes_from_the_binding_registry_one_sentence_per_binding()
    {
        await using var run = await ConformanceRun.StartAsync(NeverContacted, new RunSettings { DryRun = true }, cancellationToken: TestContext.Current.CancellationToken);

        var steps = run.StepDefinitions();

        steps.Should().Contain(new StepDefinition("When", "the client creates a user with userName {string}", "UserSteps"))
            .And.Contain(new StepDefinition("Then", "the response matches the snapshot", "ResponseSteps"));
        steps.Select(step => step.ToString()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Every_step_of_the_shipped_features_binds()
    {
        var results = await DryRunAsync(RepositoryPaths.Features);

        results.Should().NotBeEmpty();
        results.Where(r => r.Outcome.Status != ScenarioStatus.Passed)
            .Select(r => $"{r.Scenario.DisplayName}: {r.Outcome.Status} {r.Outcome.Message}")
            .Should().BeEmpty();
    }
}

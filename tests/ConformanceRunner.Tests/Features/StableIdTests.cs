using ConformanceRunner.Cli;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Features;

/// <summary>A scenario's id names it across runs: feature path, name and example row, whatever the order or split.</summary>
public sealed class StableIdTests
{
    [Fact]
    public void Every_scenario_of_the_catalogue_has_a_unique_id_made_of_feature_path_name_and_example_row()
    {
        var scenarios = FeatureLoader.LoadScenarios(RepositoryPaths.Features);

        scenarios.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        scenarios.Should().Contain(s => s.Id == "wire/handle.feature: a userName of 256 characters is accepted [256]");
        scenarios.Should().Contain(s => s.Id == "wire/handle.feature: an uppercase userName is stored lowercased");
    }

    [Fact]
    public void Shards_together_carry_exactly_the_ids_of_the_whole_selection()
    {
        var all = new ScenarioSelection(RepositoryPaths.Features, null, [], null).Load().Select(s => s.Id);

        var sharded = Enumerable.Range(1, 4).SelectMany(i => new ScenarioSelection(RepositoryPaths.Features, null, [], new Shard(i, 4)).Load()).Select(s => s.Id);

        sharded.Should().BeEquivalentTo(all);
    }

    [Fact]
    public void An_id_does_not_move_when_a_scenario_is_inserted_above_it()
    {
        const string Later = """
              Scenario Outline: a user named <name> is created
                When the client sends GET "/Users"

                Examples:
                  | name |
                  | jane |
            """;
        using var before = new TemporaryFeatures().With("a/b.feature", "Feature: b\n" + Later);
        using var after = new TemporaryFeatures().With("a/b.feature", "Feature: b\n  Scenario: a new first one\n    When the client sends GET \"/Users\"\n" + Later);

        var id = FeatureLoader.LoadScenarios(before.Root).Single().Id;

        id.Should().Be("a/b.feature: a user named jane is created [jane]");
        FeatureLoader.LoadScenarios(after.Root).Select(s => s.Id).Should().Contain(id);
    }

    [Fact]
    public async Task Reports_carry_the_same_ids_with_one_worker_or_eight()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"        | {i} |"));
        using var features = new TemporaryFeatures().With("ids/parallel.feature", $"""
            Feature: parallel ids
              Scenario Outline: copy <n> lists nothing
                Given a team provisioned by SCIM with email invitations
                When the client sends GET "/Users?filter=userName%20eq%20%22nobody%22"
                Then the response status is 200

                Examples:
                  | n |
            {rows}
            """);
        var scenarios = FeatureLoader.LoadScenarios(features.Root);

        async Task<IReadOnlyList<string>> ReportedIds(int parallelism)
        {
            var json = Path.Combine(features.Root, $"results-{parallelism}.json");
            await using var target = new InMemoryMockTarget();
            await using (var run = await ConformanceRun.StartAsync(target, new RunSettings { Parallelism = parallelism, ReportFiles = new Dictionary<string, string> { ["json"] = json } }))
            {
                await run.RunAllAsync(scenarios);
            }

            return System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(json))!["scenarios"]!.AsArray().Select(s => s!["scenarioId"]!.GetValue<string>()).ToList();
        }

        var sequential = await ReportedIds(1);
        var parallel = await ReportedIds(8);

        sequential.Should().BeEquivalentTo(scenarios.Select(s => s.Id));
        parallel.Should().BeEquivalentTo(sequential);
    }
}

using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Execution;

/// <summary>Reqnroll's built-in formatters work on features the runner parsed at run time.</summary>
public sealed class ReportFileTests
{
    [Fact]
    public async Task The_message_report_has_pickles_test_cases_step_results_and_snippet_suggestions()
    {
        using var features = new TemporaryFeatures().With("reported.feature", """
            Feature: reported
              Scenario: passes
                Given a team provisioned by SCIM with email invitations
              Scenario: has an undefined step
                Given a team provisioned by SCIM with email invitations
                When the client juggles 3 users
            """);
        var messages = Path.Combine(features.Root, "report.ndjson");
        var html = Path.Combine(features.Root, "report.html");
        var settings = new RunSettings { ReportFiles = new Dictionary<string, string> { ["message"] = messages, ["html"] = html } };

        await using (var target = new InMemoryMockTarget())
        await using (var run = await ConformanceRun.StartAsync(target, settings, cancellationToken: TestContext.Current.CancellationToken))
        {
            await run.RunAllAsync(FeatureLoader.LoadScenarios(features.Root), cancellationToken: TestContext.Current.CancellationToken);
        }

        var envelopes = (await File.ReadAllLinesAsync(messages, TestContext.Current.CancellationToken)).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        var kinds = envelopes.Select(envelope => envelope.Single().Key).ToList();
        kinds.Count(kind => kind == "pickle").Should().Be(2);
        kinds.Count(kind => kind == "testCase").Should().Be(2);
        envelopes.Where(e => e.ContainsKey("testStepFinished"))
            .Select(e => e["testStepFinished"]!["testStepResult"]!["status"]!.GetValue<string>())
            .Should().Contain(["PASSED", "UNDEFINED"]);
        envelopes.Single(e => e.ContainsKey("suggestion"))["suggestion"]!["snippets"]![0]!["code"]!.GetValue<string>()
            .Should().Contain("[When(\"the client juggles {int} users\")]");
        (await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken)).Should().Contain("<html");
    }
}

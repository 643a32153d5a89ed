using System.Text.Json.Nodes;
using System.Xml.Linq;
using ConformanceRunner.Baselines;
using ConformanceRunner.Cli;

namespace ConformanceRunner.Tests.Baselines;

/// <summary>Issue 13's proof against a deliberately broken mock: known, new, fixed, expired and stale.</summary>
public sealed class BaselineProofTests(BrokenMockRuns runs) : IClassFixture<BrokenMockRuns>
{
    [Fact]
    public void The_baseline_lists_the_broken_runs_failures_sorted_with_rules_and_room_for_a_reason()
    {
        var failed = runs.First.Where(r => r.Outcome.IsFailure).Select(r => r.Scenario.Id).ToList();
        var entries = BaselineFile.Read(runs.BaselinePath);

        failed.Should().NotBeEmpty();
        entries.Select(e => e.Id).Should().BeEquivalentTo(failed).And.BeInAscendingOrder(StringComparer.Ordinal);
        entries.Should().OnlyContain(e => e.Rules.Contains("wire.handle.reuse") || e.Rules.Contains("wire.handle.reserved"));
        entries.Should().OnlyContain(e => e.Failure.Length > 0 && !e.Failure.Contains('\n'));
        File.ReadAllText(runs.BaselinePath).Should().Contain("\"reason\": \"\"").And.Contain("\"issue\": \"\"").And.Contain("\"expires\": null");
    }

    [Fact]
    public void The_next_run_against_the_same_faults_passes_with_those_failures_known()
    {
        var exit = BaselineChoice.Judge(runs.Check(), runs.Again.Results, strict: false, TextWriter.Null);

        exit.Should().Be(ExitCodes.Passed);
        runs.Again.FailedIds.Should().Equal(BaselineFile.Read(runs.BaselinePath).Select(e => e.Id));
        var json = JsonNode.Parse(runs.Report(runs.Again, "results.json"))!;
        json["success"]!.GetValue<bool>().Should().BeTrue();
        json["summary"]!["known"]!.GetValue<int>().Should().Be(runs.Again.FailedIds.Count);
        json["summary"]!["new"]!.GetValue<int>().Should().Be(0);
        json["scenarios"]!.AsArray().Where(s => s!["status"]!.GetValue<string>() == "failed")
            .Should().OnlyContain(s => s!["baseline"]!.GetValue<string>() == "known");
    }

    [Fact]
    public void JUnit_marks_known_failures_as_skipped_with_the_baselines_reason()
    {
        var junit = XDocument.Parse(runs.Report(runs.Again, "junit.xml"));

        junit.Root!.Attribute("failures")!.Value.Should().Be("0");
        var known = junit.Descendants("testcase").Where(c => c.Element("skipped")?.Attribute("message")?.Value.StartsWith("known failure (baseline)", StringComparison.Ordinal) == true).ToList();
        known.Should().HaveCount(runs.Again.FailedIds.Count);
    }

    [Fact]
    public void One_more_fault_fails_the_run_naming_only_the_new_failure()
    {
        var output = new StringWriter();

        var exit = BaselineChoice.Judge(runs.Check(), runs.OneMoreFault.Results, strict: false, output);

        exit.Should().Be(ExitCodes.Failed);
        var report = runs.Check().Classify(runs.OneMoreFault.Results.Select(r => (r.Scenario.Id, BaselineChoice.VerdictOf(r.Outcome))));
        var newIds = report.IdsIn(BaselineState.New);
        newIds.Should().NotBeEmpty().And.BeEquivalentTo(runs.OneMoreFault.FailedIds.Except(runs.Again.FailedIds));
        // Letting capitals through also lets "Jane Doe" past the charset check; both are the added fault's doing.
        newIds.Should().Contain("wire/handle.feature: an uppercase userName is stored lowercased").And.NotIntersectWith(BaselineFile.Read(runs.BaselinePath).Select(e => e.Id));
        output.ToString().Split('\n').Where(line => line.Contains("new failure:", StringComparison.Ordinal)).Should().HaveCount(newIds.Count);

        var markdown = runs.Report(runs.OneMoreFault, "summary.md");
        var newSection = markdown[markdown.IndexOf("### New failures", StringComparison.Ordinal)..markdown.IndexOf("### Known failures", StringComparison.Ordinal)];
        newSection.Should().Contain("an uppercase userName is stored lowercased").And.NotContain("free again after its user is deleted");
        markdown.IndexOf("### New failures", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("### By rule area", StringComparison.Ordinal));
        XDocument.Parse(runs.Report(runs.OneMoreFault, "junit.xml")).Root!.Attribute("failures")!.Value.Should().Be(newIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_removed_fault_reports_its_scenarios_as_fixed_and_strict_mode_fails_on_them()
    {
        var report = runs.Check().Classify(runs.OneFaultRemoved.Results.Select(r => (r.Scenario.Id, BaselineChoice.VerdictOf(r.Outcome))));

        report.IdsIn(BaselineState.Fixed).Should().NotBeEmpty().And.OnlyContain(id => id.Contains("reserved handle", StringComparison.Ordinal));
        report.IdsIn(BaselineState.New).Should().BeEmpty();
        BaselineChoice.Judge(runs.Check(), runs.OneFaultRemoved.Results, strict: false, TextWriter.Null).Should().Be(ExitCodes.Passed);
        BaselineChoice.Judge(runs.Check(), runs.OneFaultRemoved.Results, strict: true, TextWriter.Null).Should().Be(ExitCodes.Failed);
        runs.Report(runs.OneFaultRemoved, "summary.md").Should().Contain("### Fixed — remove from the baseline").And.Contain("reserved handle");
        JsonNode.Parse(runs.Report(runs.OneFaultRemoved, "results.json"))!["scenarios"]!.AsArray()
            .Count(s => s!["baseline"]?.GetValue<string>() == "fixed").Should().Be(report.IdsIn(BaselineState.Fixed).Count);
    }

    [Fact]
    public void An_expired_entry_counts_as_a_new_failure()
    {
        var entries = BaselineFile.Read(runs.BaselinePath);
        var expired = entries[0] with { Expires = new DateOnly(2000, 1, 1) };
        var future = entries.Skip(1).Select(e => e with { Expires = new DateOnly(2999, 12, 31) });
        var check = runs.Check([expired, .. future]);
        var output = new StringWriter();

        BaselineChoice.Judge(check, runs.Again.Results, strict: false, output).Should().Be(ExitCodes.Failed);

        check.Classify(runs.Again.Results.Select(r => (r.Scenario.Id, BaselineChoice.VerdictOf(r.Outcome)))).IdsIn(BaselineState.New).Should().Equal(expired.Id);
        output.ToString().Should().Contain($"new failure: {expired.Id} (baseline entry expired on 2000-01-01)");
    }

    [Fact]
    public void An_entry_whose_scenario_no_longer_exists_is_reported_stale()
    {
        var gone = new BaselineEntry("wire/handle.feature: a scenario that was renamed", ["wire.handle"], "was failing");
        var check = runs.Check([.. BaselineFile.Read(runs.BaselinePath), gone]);
        var output = new StringWriter();

        BaselineChoice.Judge(check, runs.Again.Results, strict: false, output).Should().Be(ExitCodes.Passed);
        BaselineChoice.Judge(check, runs.Again.Results, strict: true, TextWriter.Null).Should().Be(ExitCodes.Failed);

        output.ToString().Should().Contain($"stale:       {gone.Id}");
        check.Classify([]).Stale.Should().ContainSingle().Which.Id.Should().Be(gone.Id);
    }
}

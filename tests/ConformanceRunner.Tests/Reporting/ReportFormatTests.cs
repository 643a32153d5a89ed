using System.Text.Json.Nodes;
using System.Xml.Linq;
using ConformanceRunner.Reporting;
using Reqnroll.Formatters.PayloadProcessing;

namespace ConformanceRunner.Tests.Reporting;

public sealed class ReportFormatTests(ReportRun run) : IClassFixture<ReportRun>
{
    public static TheoryData<string> Reports => ["cucumber.html", "cucumber.ndjson", "junit.xml", "summary.md", "results.json"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void No_report_contains_the_token_or_a_password(string file)
    {
        var report = run.Read(file);

        // Also as a JSON, XML or Markdown reader sees it: a secret written with \u escapes, entities or backslashes is
        // still in the file.
        var markdownUnescaped = report.Replace("\\*", "*", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal);
        foreach (var text in new[] { report, JsonUnescaped(report), System.Net.WebUtility.HtmlDecode(report), markdownUnescaped })
        {
            text.Should().NotContain(run.Token).And.NotContain(ReportRun.Password).And.NotContain(ReportRun.NamedSecret);
        }
    }

    [Theory]
    [InlineData("cucumber.ndjson")]
    [InlineData("junit.xml")]
    [InlineData("results.json")]
    public void Every_format_carries_the_failing_steps_exchange_redacted(string file)
    {
        var report = run.Read(file);

        report.Should().Contain("[REDACTED]").And.Contain("/scim/v2/Users").And.Contain("curl");
    }

    [Fact]
    public void JUnit_has_a_suite_per_feature_a_case_per_scenario_a_failure_with_the_exchange_and_a_skip_with_its_reason()
    {
        var xml = XDocument.Parse(run.Read("junit.xml"));
        var cases = xml.Descendants("testcase").ToList();

        xml.Descendants("testsuite").Should().ContainSingle().Which.Attribute("name")!.Value.Should().Be("reports never show secrets");
        cases.Should().HaveCount(4);
        var failure = cases.Single(c => c.Attribute("name")!.Value == ReportRun.FailingScenario).Element("failure");
        failure.Should().NotBeNull();
        failure!.Value.Should().Contain("Step: the response status is 418").And.Contain("POST http://localhost/scim/v2/Users").And.Contain("HTTP 400");
        cases.Single(c => c.Attribute("name")!.Value == ReportRun.SkippedScenario).Element("skipped")!.Attribute("message")!.Value
            .Should().Contain("@mock-only");
    }

    [Fact]
    public void Markdown_summary_scores_by_area_and_level_and_lists_failures_and_divergences()
    {
        var markdown = run.Read("summary.md");

        markdown.Should().Contain("2 passed, 1 failed, 1 skipped")
            .And.Contain("| `reports.secrets` | 2 | 1 | 1 |")
            .And.Contain("| `must` | 0 | 1 | 0 |")
            .And.Contain($"**{ReportRun.FailingScenario}**")
            .And.Contain("`reports.secrets.body`")
            .And.Contain("source: issue 10.")
            .And.Contain("✅ a user that does not exist is not found")
            .And.Contain("### Skipped, and why\n\n- 1 × @mock-only: needs the mock's /mock control plane");
    }

    [Fact]
    public void Json_results_follow_schema_version_1()
    {
        var json = JsonNode.Parse(run.Read("results.json"))!;
        var scenarios = json["scenarios"]!.AsArray();

        json["schemaVersion"]!.GetValue<int>().Should().Be(1);
        json["seed"]!.GetValue<int>().Should().Be(42);
        json["target"]!.GetValue<string>().Should().Be("http://localhost/scim/v2");
        scenarios.Select(s => s!["status"]!.GetValue<string>()).Should().BeEquivalentTo(["failed", "passed", "passed", "skipped"]);
        var failed = scenarios.Single(s => s!["status"]!.GetValue<string>() == "failed")!;
        failed["ruleIds"]!.AsArray().Select(id => id!.GetValue<string>()).Should().Contain("reports.secrets.body");
        failed["failure"]!["exchange"]!.GetValue<string>().Should().Contain("POST http://localhost/scim/v2/Users");
    }

    [Fact]
    public void The_engine_outcomes_agree_with_the_reports()
    {
        run.Results.Select(r => r.Outcome.Status.ToString()).Should().BeEquivalentTo(["Failed", "Passed", "Passed", "Skipped"]);
    }

    [Fact]
    public void Message_lines_are_written_exactly_as_Reqnrolls_own_serializer_writes_them()
    {
        var lines = File.ReadAllLines(Path.Combine(run.ReportDir, "cucumber.ndjson"));
        var envelopes = lines.Select(NdjsonSerializer.Deserialize).ToList();

        // Every kind of message a run produces, enums (statuses, media types, keywords) and escaped text included.
        lines.Select(line => JsonNode.Parse(line)!.AsObject().Single().Key).Distinct().Should().HaveCountGreaterThanOrEqualTo(10);
        foreach (var (line, envelope) in lines.Zip(envelopes))
        {
            CucumberMessageJson.Serialize(envelope).Should().Be(NdjsonSerializer.Serialize(envelope));
            NdjsonSerializer.Serialize(CucumberMessageJson.Deserialize(line))
                .Should().Be(NdjsonSerializer.Serialize(envelope));
        }
    }

    private static string JsonUnescaped(string text) => System.Text.RegularExpressions.Regex.Replace(
        text.Replace("\\/", "/", StringComparison.Ordinal),
        @"\\u([0-9a-fA-F]{4})",
        match => ((char)Convert.ToInt32(match.Groups[1].Value, 16)).ToString());
}

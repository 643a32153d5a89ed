using System.Text.Json.Nodes;
using ConformanceRunner.SelfTesting;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.SelfTesting;

/// <summary>selftest.md and selftest.json carry the score and name the survivors.</summary>
public sealed class SelfTestReportTests
{
    private static readonly SelfTestResult OneSurvivor = new(
        [],
        [new FaultVerdict(new MockFault("wire.handle.charset", "accepts anything"), [], TimeSpan.FromSeconds(1))],
        TimeSpan.FromSeconds(2));

    [Fact]
    public void The_markdown_report_states_the_score_and_the_survivor()
    {
        var markdown = SelfTestReport.Markdown(OneSurvivor, new SelfTestSettings());

        markdown.Should().Contain("0/1 faults killed").And.Contain("`wire.handle.charset` accepts anything: no scenario is tagged with this rule");
    }

    [Fact]
    public void The_json_report_states_the_score_and_each_verdict()
    {
        var json = JsonNode.Parse(SelfTestReport.Json(OneSurvivor, new SelfTestSettings()))!;

        json["score"]!.GetValue<string>().Should().Be("0/1");
        json["success"]!.GetValue<bool>().Should().BeFalse();
        json["faults"]![0]!["verdict"]!.GetValue<string>().Should().Be("survived");
    }
}

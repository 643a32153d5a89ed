using System.Diagnostics;
using ConformanceRunner.Cli;
using ConformanceRunner.Execution;

namespace ConformanceRunner.Tests.Reliability;

/// <summary><c>run --run-timeout</c> against a slow server: the command ends near its limit, fails, and still writes its reports.</summary>
public sealed class RunTimeoutCommandTests
{
    [Fact]
    public async Task A_run_that_reaches_its_time_limit_stops_fails_and_writes_the_reports_of_what_ran()
    {
        await using var mock = await ChaoticMock.StartAsync();
        using var features = new TemporaryFeatures().With("provisioning.feature", ChaosFeatures.Provisioning);
        var reports = Path.Combine(features.Root, "reports");
        await mock.SetChaosAsync("latency=3s");
        var clock = Stopwatch.StartNew();

        var exitCode = await ConformanceCli.InvokeAsync(
        [
            "run", "--features", features.Root, "--target", new Uri(mock.Root, "scim/v2").ToString(), "--token", mock.OperatorToken,
            "--timeout", "10", "--run-timeout", "5s", "--parallel", "2", "--report-dir", reports, "--format", "junit,json,markdown",
        ]);

        exitCode.Should().Be(ExitCodes.Failed);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "5 s of run, then cleanup of at most one user per worker at 3 s per request");
        var junit = System.Xml.Linq.XDocument.Load(Path.Combine(reports, "junit.xml"));
        var cases = junit.Descendants("testcase").ToList();
        cases.Should().HaveCount(6, "scenarios not reached are reported as skipped");
        cases.Where(c => c.Element("failure") is not null).Should().HaveCount(2, "two workers were cut short")
            .And.AllSatisfy(c => c.Element("failure")!.Value.Should().Contain("the run was stopped"));
        cases.Select(c => c.Element("skipped")?.Attribute("message")?.Value).OfType<string>().Should()
            .HaveCount(4).And.AllBe(ScenarioOutcome.NotRunReason, "the reports say why, not just that, a scenario was skipped");
        File.ReadAllText(Path.Combine(reports, "summary.md")).Should().Contain("- 4 × " + ScenarioOutcome.NotRunReason);
        mock.Holdings().Users.Should().ContainSingle("cleanup ran for the scenarios that were cut short");
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("2m", 120)]
    [InlineData("30", 1800)]
    [InlineData("1.5h", 5400)]
    public void The_run_timeout_reads_seconds_minutes_hours_and_bare_minutes(string text, int seconds) =>
        RunTimeLimit.Parse(text).Should().Be(TimeSpan.FromSeconds(seconds));

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("5d")]
    public void A_bad_run_timeout_is_a_usage_error(string text) =>
        FluentActions.Invoking(() => RunTimeLimit.Parse(text)).Should().Throw<UserError>().WithMessage("*--run-timeout*");
}

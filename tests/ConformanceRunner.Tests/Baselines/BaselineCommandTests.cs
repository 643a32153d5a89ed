using System.Text.Json.Nodes;
using ConformanceRunner.Baselines;
using ConformanceRunner.Cli;

namespace ConformanceRunner.Tests.Baselines;

/// <summary><c>baseline update</c> and <c>run --baseline</c> through the command line, against the embedded mock.</summary>
public sealed class BaselineCommandTests : IDisposable
{
    private const string Passing = """
            Scenario: a user that does not exist is not found
              When the client sends GET "/Users/00000000-0000-0000-0000-000000000000"
              Then the response status is 404
        """;

    private const string Failing = """
            Scenario: the server is a teapot
              When the client sends GET "/Users/00000000-0000-0000-0000-000000000000"
              Then the response status is 418
        """;

    private readonly TemporaryFeatures _folder = new();

    private string Baseline => Path.Combine(_folder.Root, "conformance-baseline.json");

    private string Reports => Path.Combine(_folder.Root, "reports");

    [Fact]
    public async Task Update_writes_the_failures_and_the_next_run_gates_only_on_new_ones()
    {
        Feature(Passing, Failing);

        (await Cli("baseline", "update", "--baseline", Baseline, "--format", "none")).Should().Be(ExitCodes.Passed);
        var entry = BaselineFile.Read(Baseline).Should().ContainSingle().Subject;
        entry.Id.Should().Be("cli/gate.feature: the server is a teapot");
        entry.Rules.Should().Equal("cli.gate");

        // A person fills in the reason; it is what JUnit shows, and a later update keeps it.
        BaselineFile.Write(Baseline, [entry with { Reason = "teapots are out of scope", Issue = "https://example.com/issues/1" }]);
        (await Cli("run", "--baseline", Baseline, "--format", "junit,json", "--report-dir", Reports)).Should().Be(ExitCodes.Passed);
        File.ReadAllText(Path.Combine(Reports, "junit.xml")).Should().Contain("known failure (baseline): teapots are out of scope (https://example.com/issues/1)");

        Feature(Passing, Failing, Failing.Replace("the server is a teapot", "the server is a coffee pot", StringComparison.Ordinal));
        (await Cli("run", "--baseline", Baseline, "--format", "json", "--report-dir", Reports)).Should().Be(ExitCodes.Failed);
        var scenarios = JsonNode.Parse(File.ReadAllText(Path.Combine(Reports, "results.json")))!["scenarios"]!.AsArray();
        scenarios.Where(s => s!["baseline"]?.GetValue<string>() == "new").Select(s => s!["scenarioId"]!.GetValue<string>())
            .Should().Equal("cli/gate.feature: the server is a coffee pot");

        (await Cli("baseline", "update", "--baseline", Baseline, "--format", "none")).Should().Be(ExitCodes.Passed);
        BaselineFile.Read(Baseline).Should().HaveCount(2).And.Contain(e => e.Reason == "teapots are out of scope" && e.Failure == entry.Failure);
    }

    [Fact]
    public async Task A_missing_baseline_file_is_a_usage_error()
    {
        Feature(Passing);

        (await Cli("run", "--baseline", Path.Combine(_folder.Root, "nope.json"), "--format", "none")).Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public async Task An_expiry_that_is_not_a_date_is_a_usage_error_naming_the_entry()
    {
        Feature(Passing);
        File.WriteAllText(Baseline, """{"version":1,"entries":[{"id":"cli/gate.feature: x","rules":[],"failure":"","reason":"","issue":"","expires":"next spring"}]}""");

        (await Cli("run", "--baseline", Baseline, "--format", "none")).Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void The_file_is_sorted_by_id_whatever_order_the_entries_came_in()
    {
        BaselineFile.Write(Baseline, [new("b.feature: two", ["b"], "second"), new("a.feature: one", ["a"], "first", Expires: new DateOnly(2027, 3, 31))]);

        var text = File.ReadAllText(Baseline);
        text.IndexOf("a.feature: one", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("b.feature: two", StringComparison.Ordinal));
        text.Should().Contain("\"expires\": \"2027-03-31\"").And.EndWith("}\n");
        BaselineFile.Read(Baseline).Select(e => e.Id).Should().Equal("a.feature: one", "b.feature: two");
    }

    public void Dispose() => _folder.Dispose();

    private void Feature(params string[] scenarios) => _folder.With("features/cli/gate.feature", $"""
        @cli.gate
        Feature: the baseline gate
          Background:
            Given a team provisioned by SCIM with email invitations

        {string.Join("\n\n", scenarios)}
        """);

    private Task<int> Cli(params string[] args) =>
        ConformanceCli.InvokeAsync([.. args, "--features", Path.Combine(_folder.Root, "features"), "--parallel", "2"]);
}

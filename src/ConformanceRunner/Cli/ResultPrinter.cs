using System.Globalization;
using ConformanceRunner.Execution;

namespace ConformanceRunner.Cli;

/// <summary>Plain-text output of a run: one line per scenario as it finishes, failures explained, then a summary.</summary>
internal static class ResultPrinter
{
    private static readonly Lock OutputLock = new();

    public static void PrintLine(TextWriter output, ScenarioResult result, bool dryRun)
    {
        var outcome = result.Outcome;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"  {Label(outcome.Status, dryRun),-9} {result.Scenario.DisplayName} ({outcome.Duration.TotalMilliseconds:0} ms)");
        lock (OutputLock)
        {
            output.WriteLine(line);
            if (outcome.Status != ScenarioStatus.Passed && outcome.Step is { } step)
            {
                output.WriteLine("            at " + step);
            }

            if (outcome.Status != ScenarioStatus.Passed && outcome.Message is { } message)
            {
                foreach (var messageLine in message.ReplaceLineEndings("\n").Split('\n'))
                {
                    output.WriteLine("            " + messageLine);
                }
            }

            foreach (var candidate in outcome.Candidates)
            {
                output.WriteLine("            candidate: " + candidate);
            }
        }
    }

    public static void PrintSummary(TextWriter output, IReadOnlyList<ScenarioResult> results, TimeSpan elapsed, bool dryRun)
    {
        var counts = results.GroupBy(result => result.Outcome.Status).ToDictionary(g => g.Key, g => g.Count());
        var parts = Enum.GetValues<ScenarioStatus>()
            .Where(counts.ContainsKey)
            .Select(status => $"{counts[status]} {Label(status, dryRun)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} scenarios: {string.Join(", ", parts)} in {elapsed.TotalSeconds:0.00} s"));
    }

    // A dry run invokes no step: "passed" would claim more than "every step found its binding".
    private static string Label(ScenarioStatus status, bool dryRun) =>
        dryRun && status == ScenarioStatus.Passed ? "binds" : status.ToString().ToLowerInvariant();
}

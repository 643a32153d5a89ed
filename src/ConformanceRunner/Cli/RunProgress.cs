using ConformanceRunner.Execution;
using Spectre.Console;

namespace ConformanceRunner.Cli;

/// <summary>How a run shows its progress: live on a terminal, plain lines when redirected or in CI.</summary>
internal abstract class RunProgress
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static RunProgress For(TextWriter output, bool dryRun) => IsInteractive ? new LiveProgress(output, dryRun) : new PlainProgress(output, dryRun);

    /// <summary>Runs <paramref name="run"/>, which reports each finished scenario to the callback it is given.</summary>
    public abstract Task<IReadOnlyList<ScenarioResult>> TrackAsync(int total, Func<Action<ScenarioResult>, Task<IReadOnlyList<ScenarioResult>>> run);

    private sealed class PlainProgress(TextWriter output, bool dryRun) : RunProgress
    {
        public override Task<IReadOnlyList<ScenarioResult>> TrackAsync(int total, Func<Action<ScenarioResult>, Task<IReadOnlyList<ScenarioResult>>> run) =>
            run(result => ResultPrinter.PrintLine(output, result, dryRun));
    }

    /// <summary>A Spectre.Console bar: scenarios done of total, failures so far, the feature being run; failures printed as they happen.</summary>
    private sealed class LiveProgress(TextWriter output, bool dryRun) : RunProgress
    {
        public override async Task<IReadOnlyList<ScenarioResult>> TrackAsync(int total, Func<Action<ScenarioResult>, Task<IReadOnlyList<ScenarioResult>>> run)
        {
            IReadOnlyList<ScenarioResult> results = [];
            var failures = 0;
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("starting", maxValue: Math.Max(1, total));
                    results = await run(result =>
                    {
                        if (result.Outcome.IsFailure)
                        {
                            Interlocked.Increment(ref failures);
                            ResultPrinter.PrintLine(output, result, dryRun);
                        }

                        task.Increment(1);
                        var feature = result.Scenario.Feature.Title;
                        task.Description = Markup.Escape($"{(int)task.Value}/{total} · {failures} failed · {(feature.Length > 40 ? feature[..39] + "…" : feature)}");
                    });
                });
            return results;
        }
    }
}

using System.CommandLine;
using System.Globalization;
using ConformanceRunner.Execution;
using ConformanceRunner.SelfTesting;
using ConformanceRunner.Targets;
using Spectre.Console;

namespace ConformanceRunner.Cli;

/// <summary><c>selftest</c>: the suite against the faithful mock, then against the mock broken one rule at a time.</summary>
internal static class SelfTestCommand
{
    private static readonly Option<bool> All = new("--all") { Description = "Run every scenario against each broken mock, not only those tagged with the fault's rule" };
    private static readonly Option<int> Parallel = new("--parallel") { Description = "Broken mocks run at once", DefaultValueFactory = _ => new SelfTestSettings().Parallelism };
    private static readonly Option<int?> Seed = new("--seed") { Description = "Seed of the generated test data (default: a fixed one, so a survivor reproduces)" };
    private static readonly Option<string> ReportDir = new("--report-dir") { Description = $"Folder {SelfTestReport.MarkdownFile} and {SelfTestReport.JsonFile} are written to", DefaultValueFactory = _ => "reports" };
    private static readonly Option<string[]> Fault = BreakOption.Create("--fault", "Only these faults (rule ids, comma-separated; default: every fault the mock has)");

    public static Command Create(Option<string?> features)
    {
        var command = new Command("selftest", "Prove the suite: every fault of the mock, switched on alone, must make a scenario tagged with its rule fail.")
        {
            features, All, Parallel, Seed, ReportDir, Fault,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(parse, features, Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult parse, Option<string?> features, TextWriter output, CancellationToken cancellationToken)
    {
        var parallel = parse.GetValue(Parallel);
        if (parallel < 1)
        {
            throw new UserError("--parallel must be at least 1.");
        }

        var only = BreakOption.RuleIds(parse, Fault);
        var faults = InMemoryMockTarget.Faults.Where(fault => only.Count == 0 || only.Contains(fault.RuleId)).ToList();
        var scenarios = new ScenarioSelection(ScenarioSelection.ResolveFeaturesRoot(parse.GetValue(features)), null, [], null).Load();
        var defaults = new SelfTestSettings();
        var settings = defaults with { Parallelism = parallel, AllScenarios = parse.GetValue(All), Seed = parse.GetValue(Seed) ?? defaults.Seed };
        var selfTest = new SelfTest(scenarios, settings);
        var started = TimeProvider.System.GetTimestamp();

        output.WriteLine($"Self-test: {scenarios.Count} scenarios against the faithful in-memory mock, then {faults.Count} faults ({(settings.AllScenarios ? "every scenario" : "the scenarios tagged with each rule")}), {parallel} at once; seed {settings.Seed}");
        var baseline = RunProgress.IsInteractive
            ? await RunProgress.For(output, dryRun: false).TrackAsync(scenarios.Count, onResult => selfTest.RunBaselineAsync(onResult, cancellationToken))
            : await selfTest.RunBaselineAsync(result => PrintFailure(output, result), cancellationToken);
        var failed = baseline.Count(result => result.Outcome.IsFailure);
        output.WriteLine($"faithful mock: {baseline.Count} scenarios, {failed} failed");

        var verdicts = RunProgress.IsInteractive
            ? await TrackLiveAsync(output, faults.Count, onVerdict => selfTest.RunFaultsAsync(faults, onVerdict, cancellationToken))
            : await selfTest.RunFaultsAsync(faults, verdict => PrintVerdict(output, verdict), cancellationToken);

        var result = new SelfTestResult(baseline, verdicts, TimeProvider.System.GetElapsedTime(started));
        foreach (var survivor in result.Survivors)
        {
            output.WriteLine($"survived: {survivor.Fault.RuleId} ({survivor.Fault.Description}); {(survivor.Results.Count == 0 ? "no scenario is tagged with it" : "passed: " + string.Join("; ", survivor.Results.Select(r => r.Scenario.DisplayName)))}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {result.Score} faults killed{(failed > 0 ? $", but the faithful mock failed {failed} scenario(s)" : "")} in {result.Elapsed.TotalSeconds:0.0} s"));
        var reports = await SelfTestReport.WriteAsync(result, settings, parse.GetValue(ReportDir)!, cancellationToken);
        output.WriteLine($"reports: {string.Join(", ", reports)}");
        return result.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static void PrintFailure(TextWriter output, ScenarioResult result)
    {
        if (result.Outcome.IsFailure)
        {
            ResultPrinter.PrintLine(output, result, dryRun: false);
        }
    }

    private static void PrintVerdict(TextWriter output, FaultVerdict verdict)
    {
        var caughtBy = verdict.Killers.FirstOrDefault()?.Scenario.DisplayName ?? "nothing failed";
        lock (output)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {verdict.Label,-9} {verdict.Fault.RuleId,-40} {verdict.Killers.Count}/{verdict.Results.Count} failed ({verdict.Elapsed.TotalSeconds:0.0} s): {caughtBy}"));
        }
    }

    /// <summary>A Spectre.Console bar over the faults, then every verdict in catalogue order.</summary>
    private static async Task<IReadOnlyList<FaultVerdict>> TrackLiveAsync(TextWriter output, int total, Func<Action<FaultVerdict>, Task<IReadOnlyList<FaultVerdict>>> run)
    {
        IReadOnlyList<FaultVerdict> verdicts = [];
        var survivors = 0;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("faults", maxValue: Math.Max(1, total));
                verdicts = await run(verdict =>
                {
                    if (!verdict.Killed)
                    {
                        Interlocked.Increment(ref survivors);
                    }

                    task.Increment(1);
                    task.Description = Markup.Escape($"{(int)task.Value}/{total} faults · {survivors} survived");
                });
            });
        foreach (var verdict in verdicts)
        {
            PrintVerdict(output, verdict);
        }

        return verdicts;
    }
}

using System.CommandLine;
using System.Diagnostics;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>run</c>: select scenarios, pick the target, run them through the engine, write the reports.</summary>
internal static class RunCommand
{
    private static readonly Option<string?> Target = new("--target") { Description = "SCIM base URL of a live server (default: the embedded in-memory mock)", HelpName = "url" };
    private static readonly Option<string?> MockUrl = new("--mock-url") { Description = "Address of a ScimConformance mock started elsewhere (serve, MockWireServer, a container): the whole catalogue runs against it, @mock-only included", HelpName = "url" };
    private static readonly Option<string?> ControlToken = new("--control-token") { Description = $"The mock's control token, when it requires one (default: ${MockTargetChoice.ControlTokenVariable}); never printed" };
    private static readonly Option<string?> Token = new("--token") { Description = $"SCIM token for --target, email-invitation mode (default: ${TargetChoice.TokenVariable}); never printed" };
    private static readonly Option<string?> SamlToken = new("--saml-token") { Description = $"SCIM token tied to the team's SAML IdP, for SAML-mode scenarios (default: ${TargetChoice.SamlTokenVariable}); never printed" };
    private static readonly Option<string?> AdminEmail = new("--admin-email") { Description = "Team admin's email, for the token-lifecycle features (/login, /scim/auth-tokens)" };
    private static readonly Option<string?> AdminPassword = new("--admin-password") { Description = $"Team admin's password (default: ${TargetChoice.AdminPasswordVariable}); never printed" };
    private static readonly Option<string?> Tags = new("--tags") { Description = "Tag expression, e.g. \"@must and not @mock-only\"" };
    private static readonly Option<string[]> Feature = new("--feature") { Description = "Feature file globs relative to the features folder (repeatable), e.g. rfc7644/*.feature", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<int> Parallel = new("--parallel") { Description = "Scenarios run at once", DefaultValueFactory = _ => new RunSettings().Parallelism };
    private static readonly Option<string?> ShardOption = new("--shard") { Description = "Run shard i of n (deterministic split for CI matrices), e.g. 2/4", HelpName = "i/n" };
    private static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds one HTTP request may take (429/420 are retried after Retry-After)", DefaultValueFactory = _ => 30 };
    private static readonly Option<string> RunTimeout = new("--run-timeout") { Description = "How long the whole run may take, e.g. 90s, 30m, 2h (a bare number is minutes); then requests in flight stop, the rest is not run, reports are still written", DefaultValueFactory = _ => RunTimeLimit.Default, HelpName = "duration" };
    private static readonly Option<int?> Seed = new("--seed") { Description = "Seed of the generated test data; a run prints its seed so it can be replayed" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Check that every step binds, without sending a request (no reports written)" };
    private static readonly Option<string> ReportDir = new("--report-dir") { Description = "Folder the reports are written to", DefaultValueFactory = _ => "reports" };
    private static readonly Option<string[]> Format = new("--format") { Description = $"Report formats, comma-separated: {ReportFormats.Default} or none", DefaultValueFactory = _ => [ReportFormats.Default], AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string[]> Break = BreakOption.Create("--break", "Switch on the embedded mock's faults for these rule ids, comma-separated (see selftest)");
    private static readonly Option<bool> CreateMissing = new("--create-missing-snapshots") { Description = "Write missing verified snapshots instead of failing (local use, never in CI)" };

    public static Command Create(Option<string?> features)
    {
        var command = new Command("run", "Run the conformance features against the embedded mock or a live SCIM endpoint, and write the reports.")
        {
            features, Target, MockUrl, ControlToken, Token, SamlToken, AdminEmail, AdminPassword, Tags, Feature, Parallel, ShardOption, Timeout, RunTimeout, Seed, DryRun, ReportDir, Format, CreateMissing, Break,
        };
        RunSelectionOptions.AddTo(command, baselineInput: true);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(parse, features, Console.Out, cancellationToken));
        return command;
    }

    internal static async Task<int> ExecuteAsync(ParseResult parse, Option<string?> features, TextWriter output, CancellationToken cancellationToken, bool updateBaseline = false)
    {
        var dryRun = parse.GetValue(DryRun);
        var reportFiles = dryRun ? new Dictionary<string, string>() : ReportFormats.ReportFiles(parse.GetValue(Format) ?? [], parse.GetValue(ReportDir)!);
        // Started first: it runs on the core the start-up below leaves idle.
        var messageSerializerReady = ReportFormats.SerializeMessages(reportFiles.Keys) ? Reporting.CucumberMessageJson.PrepareAsync() : Task.CompletedTask;
        var featuresRoot = ScenarioSelection.ResolveFeaturesRoot(parse.GetValue(features));
        var selection = new ScenarioSelection(
            featuresRoot,
            ProfileChoice.Tags(parse, featuresRoot, parse.GetValue(Tags)),
            parse.GetValue(Feature) ?? [],
            parse.GetValue(ShardOption) is { } shard ? Shard.Parse(shard) : null);
        var parallel = parse.GetValue(Parallel);
        if (parallel < 1)
        {
            throw new UserError("--parallel must be at least 1.");
        }

        var pacing = PacingChoice.From(parse);
        var scenarios = selection.Load();
        var live = TargetChoice.LiveOptions(parse.GetValue(Target), parse.GetValue(Token), parse.GetValue(SamlToken), parse.GetValue(AdminEmail), parse.GetValue(AdminPassword), TimeSpan.FromSeconds(parse.GetValue(Timeout)), pacing);
        var mock = MockTargetChoice.From(parse.GetValue(MockUrl), parse.GetValue(ControlToken), TimeSpan.FromSeconds(parse.GetValue(Timeout)), pacing);
        var broken = BreakOption.RuleIds(parse, Break);
        if (live is not null && mock is not null)
        {
            throw new UserError("--target and --mock-url name two targets; give one.");
        }

        if ((live ?? (object?)mock) is not null && broken.Count > 0)
        {
            throw new UserError("--break switches on faults of the embedded mock; it cannot be combined with --target or --mock-url (start that mock with --break instead).");
        }

        var defaults = new RunSettings();
        var settings = defaults with
        {
            Seed = parse.GetValue(Seed) ?? defaults.Seed,
            Parallelism = parallel,
            DryRun = dryRun,
            CreateMissingSnapshots = parse.GetValue(CreateMissing),
            ReportFiles = reportFiles,
            Secrets = new[] { live?.EmailInvitationsToken, live?.SamlSsoToken, live?.Admin?.Password, parse.GetValue(ControlToken) ?? Environment.GetEnvironmentVariable(MockTargetChoice.ControlTokenVariable) }
                .Where(secret => !string.IsNullOrWhiteSpace(secret)).Select(secret => secret!.Trim()).ToList(),
            Baseline = updateBaseline || dryRun ? null : BaselineChoice.Load(parse, featuresRoot),
            StrictBaseline = parse.GetValue(BaselineChoice.Strict),
            MaxRequestsPerSecond = pacing?.MaxRequestsPerSecond,
        };

        if (live is not null && !dryRun)
        {
            await TargetChoice.ProbeAsync(live, cancellationToken);
        }

        if (mock is not null && !dryRun)
        {
            await MockTargetChoice.ProbeAsync(mock, cancellationToken);
        }

        await using IConformanceTarget target = live is not null ? new LiveTarget(live) : mock ?? (IConformanceTarget)InMemoryMockTarget.Breaking(broken);
        output.WriteLine($"{(dryRun ? "Dry run of" : "Running")} {scenarios.Count} scenarios against {target.Name} with {settings.Parallelism} workers");
        output.WriteLine($"seed {settings.Seed} (replay with --seed {settings.Seed}), run id {settings.RunId}");
        PacingChoice.Apply(pacing, target, output);
        var runTimeout = RunTimeLimit.Parse(parse.GetValue(RunTimeout)!);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(runTimeout);
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<ScenarioResult> results;
        await using (var run = await ConformanceRun.StartAsync(target, settings, cancellationToken: deadline.Token))
        {
            results = await RunProgress.For(output, dryRun).TrackAsync(scenarios.Count, onResult => run.RunAllAsync(scenarios, onResult, deadline.Token));
        }

        await messageSerializerReady;
        var stopped = deadline.IsCancellationRequested;
        if (stopped)
        {
            var notRun = results.Count(r => r.Outcome.WasNotRun);
            output.WriteLine(cancellationToken.IsCancellationRequested
                ? $"Run cancelled: {notRun} scenarios not run."
                : $"Run stopped: it reached --run-timeout {parse.GetValue(RunTimeout)}; {notRun} scenarios not run.");
        }

        ResultPrinter.PrintSummary(output, results, stopwatch.Elapsed, dryRun);
        if (settings.ReportFiles.Count > 0)
        {
            output.WriteLine($"reports: {string.Join(", ", settings.ReportFiles.Keys.Select(f => Path.Combine(parse.GetValue(ReportDir)!, ReportFormats.Files[f])))}");
        }

        if (updateBaseline && !dryRun)
        {
            return BaselineChoice.Update(parse.GetValue(BaselineChoice.File) ?? BaselineChoice.DefaultFile, featuresRoot, results, output);
        }

        if (stopped)
        {
            return ExitCodes.Failed;
        }

        return settings.Baseline is { } baseline
            ? BaselineChoice.Judge(baseline, results, settings.StrictBaseline, output)
            : results.Any(result => result.Outcome.IsFailure) ? ExitCodes.Failed : ExitCodes.Passed;
    }
}

using System.Diagnostics;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>run</c>: load features, pick the target, run, print one line per scenario and a summary.</summary>
internal static class RunCommand
{
    public static async Task<int> ExecuteAsync(Arguments args, TextWriter output)
    {
        var featuresRoot = args.Option("--features") ?? "features";
        var filter = args.Option("--tags") is { } tags ? TagExpression.Parse(tags) : null;
        var defaults = new RunSettings();
        var settings = defaults with
        {
            Seed = args.IntOption("--seed") ?? defaults.Seed,
            Parallelism = args.IntOption("--parallel") ?? defaults.Parallelism,
            DryRun = args.Switch("--dry-run"),
            CreateMissingSnapshots = args.Switch("--create-missing-snapshots"),
            ReportFiles = ReportFiles(args),
        };
        var scenarios = FeatureLoader.LoadScenarios(featuresRoot, filter);
        await using var target = CreateTarget(args);

        output.WriteLine($"{(settings.DryRun ? "Dry run" : "Running")} {scenarios.Count} scenarios against {target.Name}");
        output.WriteLine($"seed {settings.Seed} (replay with --seed {settings.Seed}), run id {settings.RunId}, {settings.Parallelism} workers");
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<ScenarioResult> results;
        await using (var run = await ConformanceRun.StartAsync(target, settings))
        {
            results = await run.RunAllAsync(scenarios, result => ResultPrinter.PrintLine(output, result, settings.DryRun));
        }

        ResultPrinter.PrintSummary(output, results, stopwatch.Elapsed, settings.DryRun);
        return results.Any(result => result.Outcome.IsFailure) ? 1 : 0;
    }

    private static Dictionary<string, string> ReportFiles(Arguments args)
    {
        var files = new Dictionary<string, string>();
        if (args.Option("--html") is { } html)
        {
            files["html"] = Path.GetFullPath(html);
        }

        if (args.Option("--messages") is { } messages)
        {
            files["message"] = Path.GetFullPath(messages);
        }

        return files;
    }

    private static IConformanceTarget CreateTarget(Arguments args)
    {
        if (args.Option("--target") is not { } url)
        {
            return new InMemoryMockTarget();
        }

        var token = args.Option("--token") ?? Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_TOKEN");
        var samlToken = args.Option("--saml-token") ?? Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_SAML_TOKEN");
        if (token is null && samlToken is null)
        {
            throw new ArgumentException("A live target needs --token (email-invitation mode) and/or --saml-token (SAML SSO mode).");
        }

        var admin = args.Option("--admin-email") is { } email
            ? new AdminCredentials(email, args.Option("--admin-password") ?? Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_ADMIN_PASSWORD") ?? "")
            : null;
        return new LiveTarget(new LiveTargetOptions(new Uri(url), token, samlToken, admin));
    }
}

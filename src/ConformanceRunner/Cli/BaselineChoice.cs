using System.CommandLine;
using ConformanceRunner.Baselines;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;

namespace ConformanceRunner.Cli;

/// <summary>
/// <c>--baseline</c> on <c>run</c> (known failures do not fail the run) and on <c>baseline update</c> (the file written),
/// and <c>--strict-baseline</c>.
/// </summary>
internal static class BaselineChoice
{
    public const string DefaultFile = "conformance-baseline.json";

    public static readonly Option<string?> File = new("--baseline") { Description = $"Accepted failures, e.g. {DefaultFile}: listed failures are known and do not fail the run, new ones do (baseline update writes it)", HelpName = "file" };
    public static readonly Option<bool> Strict = new("--strict-baseline") { Description = "With --baseline: fixed (now passing) and stale entries fail the run too" };

    /// <summary>The baseline of a run, or null without <c>--baseline</c>.</summary>
    public static BaselineCheck? Load(ParseResult parse, string featuresRoot)
    {
        if (parse.GetValue(File) is not { } path)
        {
            return null;
        }

        if (!System.IO.File.Exists(path))
        {
            throw new UserError($"--baseline: no file at {Path.GetFullPath(path)}; write one with 'scim-conformance baseline update --baseline {path}'.");
        }

        try
        {
            return new BaselineCheck(path, BaselineFile.Read(path), CatalogueIds(featuresRoot), Today());
        }
        catch (FormatException exception)
        {
            throw new UserError(exception.Message);
        }
    }

    /// <summary>Prints new, known, fixed and stale, and gives the run's exit code.</summary>
    public static int Judge(BaselineCheck check, IReadOnlyList<ScenarioResult> results, bool strict, TextWriter output)
    {
        var report = check.Classify(results.Select(r => (r.Scenario.Id, VerdictOf(r.Outcome))));
        output.WriteLine(report.Summary + (strict ? " (strict)" : ""));
        foreach (var id in report.IdsIn(BaselineState.New))
        {
            var expired = report.IsExpired(id) ? $" (baseline entry expired on {check.EntryFor(id)!.Expires:yyyy-MM-dd})" : "";
            output.WriteLine($"  new failure: {id}{expired}");
        }

        foreach (var id in report.IdsIn(BaselineState.Known))
        {
            output.WriteLine($"  known:       {id} — {check.EntryFor(id)!.Explanation}");
        }

        foreach (var id in report.IdsIn(BaselineState.Fixed))
        {
            output.WriteLine($"  fixed:       {id} — remove it from the baseline");
        }

        foreach (var entry in report.Stale)
        {
            output.WriteLine($"  stale:       {entry.Id} — no such scenario; remove it from the baseline");
        }

        return report.FailsRun(strict) ? ExitCodes.Failed : ExitCodes.Passed;
    }

    /// <summary>
    /// <c>baseline update</c>: the run's failures become the entries (keeping the human reason, issue and expiry of
    /// entries that still fail); entries of scenarios this run did not execute stay; passing and stale ones go.
    /// </summary>
    public static int Update(string path, string featuresRoot, IReadOnlyList<ScenarioResult> results, TextWriter output)
    {
        IReadOnlyList<BaselineEntry> previous;
        try
        {
            previous = System.IO.File.Exists(path) ? BaselineFile.Read(path) : [];
        }
        catch (FormatException exception)
        {
            throw new UserError(exception.Message);
        }

        var byId = previous.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var ran = results.ToDictionary(r => r.Scenario.Id, StringComparer.Ordinal);
        var catalogue = CatalogueIds(featuresRoot);
        var failing = results.Where(r => r.Outcome.IsFailure).Select(r => FromFailure(r, byId.GetValueOrDefault(r.Scenario.Id))).ToList();
        var untouched = previous.Where(e => catalogue.Contains(e.Id) && !ran.ContainsKey(e.Id)).ToList();
        var entries = failing.Concat(untouched).ToList();
        BaselineFile.Write(path, entries);

        var added = failing.Count(e => !byId.ContainsKey(e.Id));
        var removed = byId.Keys.Count(id => !entries.Any(e => e.Id == id));
        output.WriteLine($"baseline {path}: {entries.Count} entries ({added} added, {removed} removed, {entries.Count - added} kept); fill in reason, issue and expires, then commit it");
        return ExitCodes.Passed;
    }

    public static ScenarioVerdict VerdictOf(ScenarioOutcome outcome) =>
        outcome.IsFailure ? ScenarioVerdict.Failed : outcome.Status == ScenarioStatus.Skipped ? ScenarioVerdict.Skipped : ScenarioVerdict.Passed;

    private static BaselineEntry FromFailure(ScenarioResult result, BaselineEntry? previous)
    {
        var rules = result.Scenario.Tags.Where(tag => tag.Contains('.', StringComparison.Ordinal)).Select(tag => tag.TrimStart('@')).Distinct().ToList();
        var firstLine = (result.Outcome.Message ?? result.Outcome.Status.ToString().ToLowerInvariant()).ReplaceLineEndings("\n").Split('\n')[0].Trim();
        var failure = firstLine.Length > 200 ? firstLine[..199] + "…" : firstLine;
        // An entry that still fails keeps the failure it was accepted with: messages carry per-run ids, and an update
        // should show in a diff only what came or went (the run's reports show today's message).
        return new BaselineEntry(result.Scenario.Id, rules, previous?.Failure is { Length: > 0 } accepted ? accepted : failure, previous?.Reason, previous?.Issue, previous?.Expires);
    }

    private static HashSet<string> CatalogueIds(string featuresRoot) =>
        FeatureLoader.LoadScenarios(featuresRoot).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Expiry is judged on the UTC date: an entry expiring today no longer covers its failure.</summary>
    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}

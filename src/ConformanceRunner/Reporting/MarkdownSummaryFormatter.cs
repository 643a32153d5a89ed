using System.Text;
using ConformanceRunner.Execution;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// <c>markdown</c>: the summary a CI job appends to <c>$GITHUB_STEP_SUMMARY</c>: a scorecard by rule area and by
/// requirement level, the failures with their rule and source, and the docs-vs-server divergences the run pinned.
/// </summary>
public sealed class MarkdownSummaryFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, RunSettings settings, ScenarioSkips skips)
    : ReportFormatterBase(configuration, log, settings, skips, "markdown", "summary.md")
{
    private static readonly string[] Levels = ["must", "should", "may", "unspecified"];

    protected override string Render(RunReport report)
    {
        var md = new StringBuilder();
        var verdict = report.Success ? "✅" : "❌";
        md.Append("## ").Append(verdict).Append(" SCIM conformance: ")
            .Append(report.Count(ScenarioReport.Passed)).Append(" passed, ")
            .Append(report.Scenarios.Count(s => s.IsFailure)).Append(" failed, ")
            .Append(report.Count(ScenarioReport.Skipped)).Append(" skipped\n\n");
        md.Append("Target `").Append(Settings.TargetName).Append("` · seed `").Append(Settings.Seed)
            .Append("` · run id `").Append(Settings.RunId).Append("` · ")
            .Append(report.Duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s");
        if (Settings.MaxRequestsPerSecond is { } rps)
        {
            md.Append(" · paced at ≤ ").Append(rps).Append(" requests/s");
        }

        md.Append("\n\n");
        if (report.Baseline is { } baseline)
        {
            // With a baseline the summary leads with what fails the build: the new failures.
            BaselineSections.Append(md, report, baseline, Redactor);
        }

        Scorecard(md, "Rule area", report.Scenarios.GroupBy(s => s.Area).OrderBy(g => g.Key, StringComparer.Ordinal));
        Scorecard(md, "Requirement level", report.Scenarios.GroupBy(s => s.Level).OrderBy(g => Array.IndexOf(Levels, g.Key)));

        if (report.Baseline is null)
        {
            md.Append("### Failures\n\n");
            Failures(md, report.Scenarios.Where(s => s.IsFailure).ToList(), Redactor);
        }

        SkippedWithReasons(md, report.Scenarios.Where(s => s.Status == ScenarioReport.Skipped).ToList(), Redactor);

        md.Append("### Divergences pinned (Wire's server vs. its docs)\n\n");
        var divergences = report.Scenarios.Where(s => s.IsDivergence).ToList();
        if (divergences.Count == 0)
        {
            md.Append("None in this run.\n");
        }

        foreach (var divergence in divergences)
        {
            md.Append("- ").Append(divergence.IsFailure ? "❌ " : divergence.Status == ScenarioReport.Skipped ? "⏭️ " : "✅ ")
                .Append(Escape(divergence.DisplayName, Redactor)).Append(" — ").Append(RuleIds(divergence)).Append('\n');
        }

        return Redactor.Redact(md.ToString());
    }

    /// <summary>Each failure in full: rule, feature, source, failing step and the first lines of its message.</summary>
    internal static void Failures(StringBuilder md, IReadOnlyList<ScenarioReport> failures, SecretRedactor redactor)
    {
        if (failures.Count == 0)
        {
            md.Append("None.\n\n");
        }

        foreach (var failure in failures)
        {
            md.Append("- **").Append(Escape(failure.DisplayName, redactor)).Append("** (").Append(failure.Status).Append(") — rule ")
                .Append(RuleIds(failure)).Append(" · `features/").Append(failure.FeatureUri).Append('`');
            if (failure.FeatureSource is { } source)
            {
                md.Append(" · source: ").Append(Escape(source, redactor));
            }

            md.Append("\n\n  Step: ").Append(Escape(failure.Failure?.Step ?? "", redactor)).Append("\n\n  ```text\n");
            foreach (var line in (failure.Failure?.Message ?? "").Split('\n').Take(20))
            {
                md.Append("  ").Append(line.TrimEnd()).Append('\n');
            }

            md.Append("  ```\n\n");
        }
    }

    /// <summary>How many scenarios were skipped for each reason: a stopped run or a target without a control plane shows here.</summary>
    private static void SkippedWithReasons(StringBuilder md, List<ScenarioReport> skipped, SecretRedactor redactor)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        md.Append("### Skipped, and why\n\n");
        foreach (var reason in skipped.GroupBy(s => s.SkipReason ?? "skipped").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append("- ").Append(reason.Count()).Append(" × ").Append(Escape(reason.Key, redactor)).Append('\n');
        }

        md.Append('\n');
    }

    private static void Scorecard(StringBuilder md, string title, IEnumerable<IGrouping<string, ScenarioReport>> groups)
    {
        md.Append("### By ").Append(title.ToLowerInvariant()).Append("\n\n| ").Append(title).Append(" | Passed | Failed | Skipped |\n|---|---:|---:|---:|\n");
        foreach (var group in groups)
        {
            md.Append("| `").Append(group.Key).Append("` | ")
                .Append(group.Count(s => s.Status == ScenarioReport.Passed)).Append(" | ")
                .Append(group.Count(s => s.IsFailure)).Append(" | ")
                .Append(group.Count(s => s.Status == ScenarioReport.Skipped)).Append(" |\n");
        }

        md.Append('\n');
    }

    internal static string RuleIds(ScenarioReport scenario) =>
        scenario.RuleIds.Count == 0 ? "(no rule tag)" : string.Join(", ", scenario.RuleIds.Select(id => $"`{id}`"));

    /// <summary>A value as Markdown shows it: redacted first, since its escapes (<c>\*</c>) would hide a secret from the pass over the text.</summary>
    internal static string Escape(string text, SecretRedactor redactor) => redactor.Redact(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);
}

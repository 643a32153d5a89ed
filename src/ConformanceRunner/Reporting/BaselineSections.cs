using System.Text;
using ConformanceRunner.Baselines;

namespace ConformanceRunner.Reporting;

/// <summary>The Markdown summary's baseline part: new failures in full first, then known, fixed and stale entries.</summary>
internal static class BaselineSections
{
    public static void Append(StringBuilder md, RunReport report, BaselineReport baseline, SecretRedactor redactor)
    {
        var byId = report.Scenarios.ToDictionary(s => s.ScenarioId, StringComparer.Ordinal);
        var newFailures = report.Scenarios.Where(report.IsNewFailure).ToList();
        md.Append("Baseline `").Append(baseline.Check.Path).Append("`: **").Append(newFailures.Count).Append(" new**, ")
            .Append(baseline.IdsIn(BaselineState.Known).Count).Append(" known, ")
            .Append(baseline.IdsIn(BaselineState.Fixed).Count).Append(" fixed, ")
            .Append(baseline.Stale.Count).Append(" stale").Append(report.StrictBaseline ? " (strict)" : "").Append("\n\n");

        md.Append("### New failures\n\n");
        foreach (var expired in newFailures.Where(s => baseline.IsExpired(s.ScenarioId)))
        {
            md.Append("> `").Append(expired.ScenarioId).Append("`: its baseline entry expired on ")
                .Append(baseline.Check.EntryFor(expired.ScenarioId)!.Expires!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(".\n\n");
        }

        MarkdownSummaryFormatter.Failures(md, newFailures, redactor);

        md.Append("### Known failures (accepted in the baseline)\n\n");
        List(md, baseline.IdsIn(BaselineState.Known), id => byId[id], id => baseline.Check.EntryFor(id)!.Explanation, redactor);

        md.Append("### Fixed — remove from the baseline\n\n");
        List(md, baseline.IdsIn(BaselineState.Fixed), id => byId[id], _ => "passes now", redactor);

        md.Append("### Stale baseline entries (no such scenario)\n\n");
        if (baseline.Stale.Count == 0)
        {
            md.Append("None.\n\n");
        }

        foreach (var entry in baseline.Stale)
        {
            md.Append("- `").Append(MarkdownSummaryFormatter.Escape(entry.Id, redactor)).Append("`\n");
        }

        md.Append(baseline.Stale.Count == 0 ? "" : "\n");
    }

    private static void List(StringBuilder md, IReadOnlyList<string> ids, Func<string, ScenarioReport> scenario, Func<string, string> note, SecretRedactor redactor)
    {
        if (ids.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }

        foreach (var id in ids)
        {
            md.Append("- **").Append(MarkdownSummaryFormatter.Escape(scenario(id).DisplayName, redactor)).Append("** — ")
                .Append(MarkdownSummaryFormatter.RuleIds(scenario(id))).Append(" · ").Append(MarkdownSummaryFormatter.Escape(note(id), redactor)).Append('\n');
        }

        md.Append('\n');
    }
}

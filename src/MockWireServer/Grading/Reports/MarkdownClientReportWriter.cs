using System.Text;

namespace MockWireServer.Grading.Reports;

/// <summary>A summary table per rule, then every finding with its request, Wire's answer and the fix.</summary>
public sealed class MarkdownClientReportWriter : IClientReportWriter
{
    public string FileName => "client-report.md";

    public string Render(ClientReport report)
    {
        var outcomes = RuleOutcome.Of(report);
        var md = new StringBuilder();
        md.AppendLine("# SCIM client report").AppendLine();
        md.AppendLine($"Profile `{report.Profile}`, {report.Requests} request(s) graded: {Count(report, FindingSeverity.Error)} error(s), {Count(report, FindingSeverity.Warning)} warning(s), {Count(report, FindingSeverity.Info)} info.");
        if (report.Dropped > 0)
        {
            md.AppendLine().AppendLine($"{report.Dropped} further finding(s) were counted but not kept.");
        }

        md.AppendLine().AppendLine("| rule | verdict | errors | warnings | info |").AppendLine("|---|---|---|---|---|");
        foreach (var o in outcomes)
        {
            md.AppendLine($"| `{o.Id}` {Cell(o.Title)} | {o.Verdict} | {o.Errors} | {o.Warnings} | {o.Infos} |");
        }

        md.AppendLine().AppendLine("## Findings").AppendLine();
        if (report.Findings.Count == 0)
        {
            md.AppendLine("None.");
        }

        foreach (var f in report.Findings)
        {
            md.AppendLine($"- **{f.Severity.ToString().ToLowerInvariant()}** `{f.RuleId}`: `{f.Request.Method} {Cell(f.Request.Path)}` → {f.Response.Status} at {f.Request.At:O}")
              .AppendLine($"  {Cell(f.Message)}")
              .AppendLine($"  Fix: {Cell(f.Fix)}");
        }

        return md.ToString();
    }

    private static int Count(ClientReport report, FindingSeverity severity) => report.Findings.Count(f => f.Severity == severity);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

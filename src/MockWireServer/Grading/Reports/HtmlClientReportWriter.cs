using System.Net;
using System.Text;

namespace MockWireServer.Grading.Reports;

/// <summary>A single self-contained page: the rules with their verdicts, then every finding. Everything the client sent is encoded.</summary>
public sealed class HtmlClientReportWriter : IClientReportWriter
{
    public string FileName => "client-report.html";

    public string Render(ClientReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SCIM client report</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}")
            .Append(".error{color:#b00020}.warning{color:#8a5a00}.info{color:#555}.passed{color:#1b5e20}.failed{color:#b00020}code{font-size:.9em}")
            .Append("</style></head><body><h1>SCIM client report</h1>");
        html.Append($"<p>Profile <code>{E(report.Profile)}</code>, {report.Requests} request(s) graded, {report.Findings.Count} finding(s).</p>");
        html.Append("<h2>Rules</h2><table><tr><th>rule</th><th>verdict</th><th>errors</th><th>warnings</th><th>info</th></tr>");
        foreach (var o in RuleOutcome.Of(report))
        {
            html.Append($"<tr><td><code>{E(o.Id)}</code> {E(o.Title)}</td><td class=\"{o.Verdict}\">{o.Verdict}</td><td>{o.Errors}</td><td>{o.Warnings}</td><td>{o.Infos}</td></tr>");
        }

        html.Append("</table><h2>Findings</h2><table><tr><th>severity</th><th>rule</th><th>request</th><th>Wire answered</th><th>message</th><th>fix</th></tr>");
        foreach (var f in report.Findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append($"<tr><td class=\"{severity}\">{severity}</td><td><code>{E(f.RuleId)}</code></td><td><code>{E(f.Request.Method)} {E(f.Request.Path)}</code><br>{f.Request.At:O}</td>")
                .Append($"<td>{f.Response.Status}</td><td>{E(f.Message)}</td><td>{E(f.Fix)}</td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

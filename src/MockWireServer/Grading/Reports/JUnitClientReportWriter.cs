using System.Globalization;
using System.Xml.Linq;

namespace MockWireServer.Grading.Reports;

/// <summary>
/// One test case per client rule: errors make it fail, warnings and infos are listed in its system-out, so CI gates on
/// what Wire rejects and still shows what is fragile.
/// </summary>
public sealed class JUnitClientReportWriter : IClientReportWriter
{
    public string FileName => "client-report.junit.xml";

    public string Render(ClientReport report)
    {
        var outcomes = RuleOutcome.Of(report);
        var suite = new XElement("testsuite",
            new XAttribute("name", $"SCIM client ({report.Profile})"),
            new XAttribute("tests", outcomes.Count),
            new XAttribute("failures", outcomes.Count(o => o.Errors > 0)),
            new XAttribute("errors", 0),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "profile"), new XAttribute("value", report.Profile)),
                new XElement("property", new XAttribute("name", "requests"), new XAttribute("value", report.Requests.ToString(CultureInfo.InvariantCulture)))),
            outcomes.Select(Case));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return document.Declaration + Environment.NewLine + document;
    }

    private static XElement Case(RuleOutcome outcome)
    {
        var testCase = new XElement("testcase", new XAttribute("classname", "scim.client"), new XAttribute("name", $"{outcome.Id}: {outcome.Title}"));
        var errors = outcome.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            testCase.Add(new XElement("failure",
                new XAttribute("message", $"{errors.Count} request(s) broke {outcome.Id}: {errors[0].Message}"),
                new XAttribute("type", "error"),
                string.Join("\n", errors.Select(Line))));
        }

        var notes = outcome.Findings.Where(f => f.Severity != FindingSeverity.Error).ToList();
        if (notes.Count > 0)
        {
            testCase.Add(new XElement("system-out", string.Join("\n", notes.Select(Line))));
        }

        return testCase;
    }

    private static string Line(ClientFinding f) =>
        $"[{f.Severity.ToString().ToLowerInvariant()}] {f.Request.Method} {f.Request.Path} -> {f.Response.Status}: {f.Message} Fix: {f.Fix}";
}

using System.Globalization;
using System.Xml.Linq;
using ConformanceRunner.Execution;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// <c>junit</c>: JUnit XML as GitHub Actions, GitLab and Azure DevOps read it: a suite per feature, a case per
/// scenario, skipped with the reason, a failure with the failing step, its message and its HTTP exchange.
/// </summary>
public sealed class JUnitReportFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, RunSettings settings)
    : ReportFormatterBase(configuration, log, settings, "junit", "junit.xml")
{
    protected override string Render(RunReport report)
    {
        var suites = report.Scenarios.GroupBy(scenario => scenario.FeatureUri).Select(feature => new XElement("testsuite",
            new XAttribute("name", feature.First().FeatureTitle),
            new XAttribute("file", "features/" + feature.Key),
            Counters(feature.ToList()),
            feature.Select(Case)));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", $"scim-conformance {Settings.TargetName}"),
                Counters(report.Scenarios),
                new XAttribute("timestamp", report.StartedAt.ToString("s", CultureInfo.InvariantCulture)),
                suites));
        return document.Declaration + "\n" + document;
    }

    private static object[] Counters(IReadOnlyList<ScenarioReport> scenarios) =>
    [
        new XAttribute("tests", scenarios.Count),
        new XAttribute("failures", scenarios.Count(s => s.IsFailure)),
        new XAttribute("errors", 0),
        new XAttribute("skipped", scenarios.Count(s => s.Status == ScenarioReport.Skipped)),
        new XAttribute("time", Seconds(scenarios.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration))),
    ];

    private static XElement Case(ScenarioReport scenario)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", scenario.FeatureTitle),
            new XAttribute("name", scenario.DisplayName),
            new XAttribute("file", "features/" + scenario.FeatureUri),
            new XAttribute("time", Seconds(scenario.Duration)));
        if (scenario.Failure is { } failure)
        {
            var firstLine = failure.Message.Split('\n')[0];
            var text = $"Step: {failure.Step}\n\n{failure.Message}\n\nRules: {string.Join(", ", scenario.RuleIds)}";
            if (failure.Exchange is not null)
            {
                text += "\n\nHTTP exchange:\n" + failure.Exchange;
            }

            element.Add(new XElement("failure", new XAttribute("message", firstLine), new XAttribute("type", scenario.Status), text));
        }
        else if (scenario.Status == ScenarioReport.Skipped)
        {
            element.Add(new XElement("skipped", new XAttribute("message", scenario.SkipReason ?? "skipped")));
        }

        return element;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Xml.Linq;
using ConformanceRunner.Baselines;
using ConformanceRunner.Execution;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// <c>junit</c>: JUnit XML as GitHub Actions, GitLab and Azure DevOps read it: a suite per feature, a case per
/// scenario, skipped with the reason, a failure with the failing step, its message and its HTTP exchange.
/// </summary>
public sealed class JUnitReportFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, RunSettings settings, ScenarioSkips skips)
    : ReportFormatterBase(configuration, log, settings, skips, "junit", "junit.xml")
{
    protected override string Render(RunReport report)
    {
        var suites = report.Scenarios.GroupBy(scenario => scenario.FeatureUri).Select(feature => new XElement("testsuite",
            new XAttribute("name", feature.First().FeatureTitle),
            new XAttribute("file", "features/" + feature.Key),
            Counters(report, feature.ToList()),
            feature.Select(scenario => Case(report, scenario))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", $"scim-conformance {Settings.TargetName}"),
                Counters(report, report.Scenarios),
                new XAttribute("timestamp", report.StartedAt.ToString("s", CultureInfo.InvariantCulture)),
                suites));
        foreach (var attribute in document.Descendants().Attributes().ToList())
        {
            attribute.Value = Redactor.Redact(attribute.Value);
        }

        foreach (var text in document.DescendantNodes().OfType<XText>().ToList())
        {
            text.Value = Redactor.Redact(text.Value);
        }

        return document.Declaration + "\n" + document;
    }

    // A known failure (in the baseline) is a skip with the baseline's reason: the dashboard stays green, the gap visible.
    private static bool IsKnown(RunReport report, ScenarioReport scenario) => report.StateOf(scenario) == BaselineState.Known;

    private static object[] Counters(RunReport report, IReadOnlyList<ScenarioReport> scenarios) =>
    [
        new XAttribute("tests", scenarios.Count),
        new XAttribute("failures", scenarios.Count(s => s.IsFailure && !IsKnown(report, s))),
        new XAttribute("errors", 0),
        new XAttribute("skipped", scenarios.Count(s => s.Status == ScenarioReport.Skipped || IsKnown(report, s))),
        new XAttribute("time", Seconds(scenarios.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration))),
    ];

    private static XElement Case(RunReport report, ScenarioReport scenario)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", scenario.FeatureTitle),
            new XAttribute("name", scenario.DisplayName),
            new XAttribute("file", "features/" + scenario.FeatureUri),
            new XAttribute("time", Seconds(scenario.Duration)));
        if (IsKnown(report, scenario))
        {
            var entry = report.Baseline!.Check.EntryFor(scenario.ScenarioId)!;
            element.Add(new XElement("skipped", new XAttribute("message", "known failure (baseline): " + entry.Explanation)));
            element.Add(new XElement("system-out", $"Known failure, accepted in {report.Baseline.Check.Path}.\n\n{scenario.Failure?.Message}"));
        }
        else if (scenario.Failure is { } failure)
        {
            var firstLine = failure.Message.Split('\n')[0];
            var text = $"Step: {failure.Step}\n\n{failure.Message}\n\nRules: {string.Join(", ", scenario.RuleIds)}";
            if (failure.Exchange is not null)
            {
                text += "\n\nHTTP exchange:\n" + failure.Exchange;
            }

            if (report.Baseline?.IsExpired(scenario.ScenarioId) == true)
            {
                firstLine = $"baseline entry expired on {report.Baseline.Check.EntryFor(scenario.ScenarioId)!.Expires:yyyy-MM-dd}: {firstLine}";
            }

            element.Add(new XElement("failure", new XAttribute("message", firstLine), new XAttribute("type", scenario.Status), text));
        }
        else if (report.StateOf(scenario) == BaselineState.Fixed)
        {
            element.Add(new XElement("system-out", $"Fixed: passes although {report.Baseline!.Check.Path} lists it; remove it from the baseline."));
        }
        else if (scenario.Status == ScenarioReport.Skipped)
        {
            element.Add(new XElement("skipped", new XAttribute("message", scenario.SkipReason ?? "skipped")));
        }

        return element;
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Baselines;
using ConformanceRunner.Execution;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// <c>json</c>: machine-readable results, schema <see cref="SchemaId"/> (documented in docs/results.schema.json).
/// A change that removes or renames a member bumps the version.
/// </summary>
public sealed class JsonResultsFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, RunSettings settings, ScenarioSkips skips)
    : ReportFormatterBase(configuration, log, settings, skips, "json", "results.json")
{
    public const string SchemaId = "https://github.com/wireapp/scim-conformance/docs/results.schema.json#v1";
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    protected override string Render(RunReport report)
    {
        var json = new JsonObject
        {
            ["$schema"] = SchemaId,
            ["schemaVersion"] = SchemaVersion,
            ["runId"] = Settings.RunId,
            ["seed"] = Settings.Seed,
            ["target"] = Settings.TargetName,
            ["startedAt"] = report.StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["durationMs"] = (long)report.Duration.TotalMilliseconds,
            ["success"] = report.Success,
            ["summary"] = new JsonObject
            {
                ["total"] = report.Scenarios.Count,
                ["passed"] = report.Count(ScenarioReport.Passed),
                ["failed"] = report.Scenarios.Count(s => s.IsFailure),
                ["skipped"] = report.Count(ScenarioReport.Skipped),
                ["new"] = report.Scenarios.Count(report.IsNewFailure),
                ["known"] = report.Baseline?.IdsIn(BaselineState.Known).Count ?? 0,
                ["fixed"] = report.Baseline?.IdsIn(BaselineState.Fixed).Count ?? 0,
            },
            ["pacing"] = Settings.MaxRequestsPerSecond is { } rps ? new JsonObject { ["maxRequestsPerSecond"] = rps } : null,
            ["baseline"] = report.Baseline is { } baseline
                ? new JsonObject
                {
                    ["file"] = baseline.Check.Path,
                    ["strict"] = report.StrictBaseline,
                    ["stale"] = Strings(baseline.Stale.Select(entry => entry.Id)),
                }
                : null,
            ["scenarios"] = new JsonArray(report.Scenarios.Select(scenario => Scenario(report, scenario)).ToArray<JsonNode?>()),
        };
        // Every value is redacted before it is encoded, except the exchanges: those were redacted part by part when
        // rendered (MessageStreamReader), make up nearly all of the file, and join their scenarios afterwards.
        var redacted = Redactor.RedactStrings(json)!;
        foreach (var (node, scenario) in redacted["scenarios"]!.AsArray().Zip(report.Scenarios))
        {
            if (scenario.Failure is { } failure)
            {
                node!["failure"]!["exchange"] = failure.Exchange;
            }

            node!["exchanges"] = Strings(scenario.Exchanges);
        }

        return redacted.ToJsonString(Indented);
    }

    private static JsonObject Scenario(RunReport report, ScenarioReport scenario) => new()
    {
        ["id"] = scenario.Id,
        ["scenarioId"] = scenario.ScenarioId,
        ["feature"] = "features/" + scenario.FeatureUri,
        ["featureTitle"] = scenario.FeatureTitle,
        ["name"] = scenario.DisplayName,
        ["ruleIds"] = Strings(scenario.RuleIds),
        ["area"] = scenario.Area,
        ["level"] = scenario.Level,
        ["tags"] = Strings(scenario.Tags),
        ["status"] = scenario.Status,
        // new / known / fixed against the baseline; without one, every failure is new.
        ["baseline"] = (report.StateOf(scenario) ?? (scenario.IsFailure ? BaselineState.New : null))?.ToString().ToLowerInvariant(),
        ["durationMs"] = (long)scenario.Duration.TotalMilliseconds,
        ["skipReason"] = scenario.SkipReason,
        ["failure"] = scenario.Failure is { } failure ? new JsonObject { ["step"] = failure.Step, ["message"] = failure.Message } : null,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());
}

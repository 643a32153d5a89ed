using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Execution;

namespace ConformanceRunner.SelfTesting;

/// <summary>The self-test as <c>selftest.md</c> (people, <c>$GITHUB_STEP_SUMMARY</c>) and <c>selftest.json</c> (machines).</summary>
public static class SelfTestReport
{
    public const string MarkdownFile = "selftest.md";
    public const string JsonFile = "selftest.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes both reports into <paramref name="reportDir"/>; returns their paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(SelfTestResult result, SelfTestSettings settings, string reportDir, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(reportDir);
        var markdown = Path.Combine(reportDir, MarkdownFile);
        var json = Path.Combine(reportDir, JsonFile);
        await File.WriteAllTextAsync(markdown, Markdown(result, settings), cancellationToken);
        await File.WriteAllTextAsync(json, Json(result, settings), cancellationToken);
        return [markdown, json];
    }

    public static string Markdown(SelfTestResult result, SelfTestSettings settings)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(result.Passed ? "✅" : "❌").Append(" Self-test: ").Append(result.Score).Append(" faults killed\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Each fault of the mock breaks one rule; it is killed when a scenario {(settings.AllScenarios ? "of the whole suite" : "tagged with its rule")} fails against the mock broken that way. ")
            .Append(CultureInfo.InvariantCulture, $"Seed `{settings.Seed}` · {result.Elapsed.TotalSeconds:0.0} s\n\n");
        md.Append(result.BaselineFailures.Count == 0
            ? $"The faithful mock passes all {result.Baseline.Count(r => r.Outcome.Status == ScenarioStatus.Passed)} scenarios it ran.\n\n"
            : $"**The faithful mock fails {result.BaselineFailures.Count} scenario(s)**: {string.Join(", ", result.BaselineFailures.Select(r => r.Scenario.DisplayName))}\n\n");

        md.Append("| fault (rule id) | what the broken mock does | verdict | scenarios failed / ran | first scenario that caught it |\n|---|---|---|---|---|\n");
        foreach (var verdict in result.Verdicts)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{verdict.Fault.RuleId}` | {Escape(verdict.Fault.Description)} | {(verdict.Killed ? "killed" : "**survived**")} | {verdict.Killers.Count} / {verdict.Results.Count} | {Escape(verdict.Killers.FirstOrDefault()?.Scenario.DisplayName ?? "–")} |\n");
        }

        if (result.Survivors.Count > 0)
        {
            md.Append("\n### Survivors: the catalogue has a gap\n\n");
            foreach (var survivor in result.Survivors)
            {
                md.Append("- `").Append(survivor.Fault.RuleId).Append("` ").Append(Escape(survivor.Fault.Description)).Append(": ")
                    .Append(survivor.Results.Count == 0 ? "no scenario is tagged with this rule" : "these passed: " + string.Join("; ", survivor.Results.Select(r => Escape(r.Scenario.DisplayName))))
                    .Append('\n');
            }
        }

        return md.ToString();
    }

    public static string Json(SelfTestResult result, SelfTestSettings settings) => new JsonObject
    {
        ["score"] = result.Score,
        ["killed"] = result.KilledCount,
        ["total"] = result.Verdicts.Count,
        ["success"] = result.Passed,
        ["scenarioSelection"] = settings.AllScenarios ? "all" : "tagged",
        ["seed"] = settings.Seed,
        ["durationMs"] = (long)result.Elapsed.TotalMilliseconds,
        ["baseline"] = new JsonObject
        {
            ["scenarios"] = result.Baseline.Count,
            ["failed"] = new JsonArray(result.BaselineFailures.Select(r => (JsonNode?)r.Scenario.Id).ToArray()),
        },
        ["faults"] = new JsonArray(result.Verdicts.Select(verdict => (JsonNode?)new JsonObject
        {
            ["ruleId"] = verdict.Fault.RuleId,
            ["description"] = verdict.Fault.Description,
            ["verdict"] = verdict.Label,
            ["durationMs"] = (long)verdict.Elapsed.TotalMilliseconds,
            ["scenarios"] = new JsonArray(verdict.Results.Select(r => (JsonNode?)new JsonObject
            {
                ["id"] = r.Scenario.Id,
                ["name"] = r.Scenario.DisplayName,
                ["status"] = r.Outcome.Status.ToString().ToLowerInvariant(),
                ["step"] = r.Outcome.Step,
            }).ToArray()),
        }).ToArray()),
    }.ToJsonString(Indented);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Features;
using Spectre.Console;

namespace ConformanceRunner.Cli;

/// <summary><c>list</c>: the rules and scenarios a run would execute, with their tags, as a table or JSON.</summary>
internal static class ListCommand
{
    private static readonly Option<string?> Tags = new("--tags") { Description = "Tag expression, e.g. \"@must and not @mock-only\"" };
    private static readonly Option<string[]> Feature = new("--feature") { Description = "Feature file globs (repeatable)", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of a table" };

    public static Command Create(Option<string?> features)
    {
        var command = new Command("list", "List rules and scenarios with their tags.") { features, Tags, Feature, Json };
        command.SetAction(parse =>
        {
            var scenarios = new ScenarioSelection(ScenarioSelection.ResolveFeaturesRoot(parse.GetValue(features)), parse.GetValue(Tags), parse.GetValue(Feature) ?? [], null).Load();
            if (parse.GetValue(Json))
            {
                Console.Out.WriteLine(ToJson(scenarios));
            }
            else
            {
                PrintTable(scenarios);
            }

            return ExitCodes.Passed;
        });
        return command;
    }

    private static string ToJson(IReadOnlyList<ScenarioCase> scenarios) => new JsonArray(scenarios.Select(scenario => (JsonNode)new JsonObject
    {
        ["id"] = scenario.Id,
        ["feature"] = scenario.Feature.Title,
        ["file"] = "features/" + scenario.Feature.Uri,
        ["rule"] = scenario.Rule?.Name,
        ["scenario"] = scenario.DisplayName,
        ["tags"] = new JsonArray(scenario.Tags.Select(tag => (JsonNode)tag).ToArray()),
    }).ToArray()).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void PrintTable(IReadOnlyList<ScenarioCase> scenarios)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var table = new Table().AddColumns("Feature", "Rule", "Scenario", "Tags");
        foreach (var scenario in scenarios)
        {
            table.AddRow(
                Markup.Escape(scenario.Feature.Uri),
                Markup.Escape(scenario.Rule?.Name ?? ""),
                Markup.Escape(scenario.DisplayName[(scenario.Feature.Title.Length + 3)..]),
                Markup.Escape(string.Join(" ", scenario.Tags)));
        }

        console.Write(table);
        console.WriteLine($"{scenarios.Count} scenarios in {scenarios.Select(s => s.Feature.Uri).Distinct().Count()} features");
    }
}

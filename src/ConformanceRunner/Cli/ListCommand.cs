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
    private static readonly Option<bool> Profiles = new("--profiles") { Description = "List the profiles (named selections) with their scenario counts instead" };

    public static Command Create(Option<string?> features)
    {
        var command = new Command("list", "List scenarios with their stable ids (what a baseline names), rules and tags.")
        {
            features, Tags, ProfileChoice.Profile, ProfileChoice.ProfilesFile, Feature, Json, Profiles,
        };
        command.SetAction(parse =>
        {
            var root = ScenarioSelection.ResolveFeaturesRoot(parse.GetValue(features));
            if (parse.GetValue(Profiles))
            {
                ProfileList.Print(Console.Out, ProfileChoice.Available(parse, root), root, parse.GetValue(Json));
                return ExitCodes.Passed;
            }

            var scenarios = new ScenarioSelection(root, ProfileChoice.Tags(parse, root, parse.GetValue(Tags)), parse.GetValue(Feature) ?? [], null).Load();
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
        // The id is feature path, scenario and example row: what a baseline entry names.
        var table = new Table().AddColumns("Id", "Rule", "Tags");
        foreach (var scenario in scenarios)
        {
            table.AddRow(
                Markup.Escape(scenario.Id),
                Markup.Escape(scenario.Rule?.Name ?? ""),
                Markup.Escape(string.Join(" ", scenario.Tags)));
        }

        console.Write(table);
        console.WriteLine($"{scenarios.Count} scenarios in {scenarios.Select(s => s.Feature.Uri).Distinct().Count()} features");
    }
}

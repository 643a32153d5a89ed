using System.CommandLine;
using ConformanceRunner.Snapshots;

namespace ConformanceRunner.Cli;

/// <summary><c>accept</c>: promote every received snapshot under the features folder to verified.</summary>
internal static class AcceptCommand
{
    public static Command Create(Option<string?> features)
    {
        var command = new Command("accept", "Promote received snapshots (*.received.json) to approved (*.verified.json) after reading them.") { features };
        command.SetAction(parse =>
        {
            var accepted = SnapshotStore.AcceptAll(ScenarioSelection.ResolveFeaturesRoot(parse.GetValue(features)));
            foreach (var file in accepted)
            {
                Console.Out.WriteLine($"accepted {file}");
            }

            Console.Out.WriteLine($"{accepted.Count} snapshot(s) accepted");
            return ExitCodes.Passed;
        });
        return command;
    }
}

using System.CommandLine;

namespace ConformanceRunner.Cli;

/// <summary><c>baseline update</c>: run the suite like <c>run</c> and write its failures to the baseline file.</summary>
internal static class BaselineCommand
{
    public static Command Create(Option<string?> features)
    {
        var update = new Command("update", $"Run the suite (same options as run) and write its failing scenarios to the baseline file (default {BaselineChoice.DefaultFile}), keeping each entry's reason, issue and expires.");
        // Every option of run (target, selection, reports, and whatever run gains later), except --strict-baseline.
        foreach (var option in RunCommand.Create(features).Options.Where(option => option != BaselineChoice.Strict))
        {
            update.Options.Add(option);
        }

        update.SetAction((parse, cancellationToken) => RunCommand.ExecuteAsync(parse, features, Console.Out, cancellationToken, updateBaseline: true));
        return new Command("baseline", "Accepted failures: a reviewed file that lets CI gate on new failures only.") { update };
    }
}

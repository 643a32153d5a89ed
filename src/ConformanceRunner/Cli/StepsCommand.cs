using System.CommandLine;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>steps</c>: print the step vocabulary features can use, from Reqnroll's binding registry.</summary>
internal static class StepsCommand
{
    public static Command Create()
    {
        var command = new Command("steps", "List the step vocabulary features can use (Reqnroll's binding registry).");
        command.SetAction((_, _) => ExecuteAsync(Console.Out));
        return command;
    }

    public static async Task<int> ExecuteAsync(TextWriter output)
    {
        // A dry run never contacts its target; the vocabulary does not depend on one.
        await using var target = new LiveTarget(new LiveTargetOptions(new Uri("http://steps.invalid/scim/v2")));
        await using var run = await ConformanceRun.StartAsync(target, new RunSettings { DryRun = true });
        foreach (var group in run.StepDefinitions().GroupBy(step => step.BindingClass))
        {
            output.WriteLine(group.Key);
            foreach (var step in group)
            {
                output.WriteLine($"  {step}");
            }
        }

        return 0;
    }
}

using ConformanceRunner.Snapshots;

namespace ConformanceRunner.Cli;

/// <summary><c>accept</c>: promote every received snapshot under the features folder to verified.</summary>
internal static class AcceptCommand
{
    public static int Execute(Arguments args, TextWriter output)
    {
        var accepted = SnapshotStore.AcceptAll(args.Option("--features") ?? "features");
        foreach (var file in accepted)
        {
            output.WriteLine($"accepted {file}");
        }

        output.WriteLine($"{accepted.Count} snapshot(s) accepted");
        return 0;
    }
}

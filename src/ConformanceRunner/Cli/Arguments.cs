using System.Globalization;

namespace ConformanceRunner.Cli;

/// <summary>
/// A deliberately small parser for <c>run</c> and <c>accept</c> until the System.CommandLine command lands:
/// <c>--name value</c> options and <c>--flag</c> switches after the command word.
/// </summary>
internal sealed class Arguments
{
    private static readonly HashSet<string> Switches = ["--dry-run", "--create-missing-snapshots"];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    public string Command { get; }

    public static Arguments Parse(string[] args)
    {
        var parsed = new Arguments(args.Length > 0 ? args[0] : "run");
        for (var i = 1; i < args.Length; i++)
        {
            if (Switches.Contains(args[i]))
            {
                parsed._switches.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                parsed._options[args[i]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'");
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public int? IntOption(string name) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public bool Switch(string name) => _switches.Contains(name);
}

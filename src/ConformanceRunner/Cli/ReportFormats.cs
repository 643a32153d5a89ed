namespace ConformanceRunner.Cli;

/// <summary>The report formats <c>--format</c> knows, each a Reqnroll formatter, and the file each writes into <c>--report-dir</c>.</summary>
internal static class ReportFormats
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["html"] = "cucumber.html",
        ["message"] = "cucumber.ndjson",
        ["junit"] = "junit.xml",
        ["markdown"] = "summary.md",
        ["json"] = "results.json",
    };

    public static string Default => string.Join(",", Files.Keys);

    /// <summary>Whether these formats write Cucumber messages as NDJSON (the html page embeds them too).</summary>
    public static bool SerializeMessages(IEnumerable<string> formats) =>
        formats.Any(format => format.Equals("html", StringComparison.OrdinalIgnoreCase) || format.Equals("message", StringComparison.OrdinalIgnoreCase));

    /// <summary>The report file of each requested format, by formatter name.</summary>
    public static IReadOnlyDictionary<string, string> ReportFiles(IEnumerable<string> formats, string reportDir)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (format.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!Files.TryGetValue(format, out var file))
            {
                throw new UserError($"--format '{format}' is unknown; use any of {Default} (comma-separated) or none.");
            }

            settings[format] = Path.Combine(Path.GetFullPath(reportDir), file);
        }

        return settings;
    }
}

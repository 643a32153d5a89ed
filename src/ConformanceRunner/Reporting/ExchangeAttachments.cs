using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Attaches each exchange, as it happens, to the step that made it: Reqnroll's attachments are files, so each
/// transcript is written to the run's attachment folder and handed to <see cref="IReqnrollOutputHelper.AddAttachment"/>,
/// which puts it into the Cucumber message stream (html, message and our own formatters all see it).
/// </summary>
public sealed class ExchangeAttachments(IReqnrollOutputHelper output, SecretRedactor redactor, string folder)
{
    private static int s_sequence;

    public static string FolderFor(string runId) => Path.Combine(Path.GetTempPath(), "scim-conformance", runId);

    public void Attach(HttpExchange exchange)
    {
        // One folder per exchange keeps the file name readable ("POST Users 201.txt") and unique.
        var directory = Path.Combine(folder, Interlocked.Increment(ref s_sequence).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var resource = exchange.Uri.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? last : "root";
        var path = Path.Combine(directory, $"{exchange.Method} {SafeName(resource)} {(exchange.NoAnswer is null ? exchange.Status : "no-answer")}.txt");
        File.WriteAllText(path, ExchangeTranscript.Render(exchange, redactor));
        output.AddAttachment(path);
    }

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(40).ToArray());
}

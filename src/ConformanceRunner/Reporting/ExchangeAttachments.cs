using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Attaches each exchange, as it happens, to the step that made it, through <see cref="IReqnrollOutputHelper.AddAttachment"/>,
/// which puts it into the Cucumber message stream (html, message and our own formatters all see it). Reqnroll's
/// attachments are files by name only: the transcript stays in <see cref="ExchangeTranscripts"/> and no file is written.
/// </summary>
public sealed class ExchangeAttachments(IReqnrollOutputHelper output, SecretRedactor redactor, ExchangeTranscripts transcripts)
{
    private static int s_sequence;

    public void Attach(HttpExchange exchange)
    {
        // A folder per exchange keeps the attachment's name readable ("POST Users 201.txt") and its path unique.
        var sequence = Interlocked.Increment(ref s_sequence).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var resource = exchange.Uri.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? last : "root";
        var path = Path.Combine(Path.GetTempPath(), "scim-conformance", sequence, $"{exchange.Method} {SafeName(resource)} {(exchange.NoAnswer is null ? exchange.Status : "no-answer")}.txt");
        transcripts.Add(path, ExchangeTranscript.Render(exchange, redactor));
        output.AddAttachment(path);
    }

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(40).ToArray());
}

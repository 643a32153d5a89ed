using Cucumber.HtmlFormatter;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.Html;
using Reqnroll.Formatters.Message;
using Reqnroll.Formatters.PayloadProcessing;
using Reqnroll.Formatters.RuntimeSupport;
using Reqnroll.Utils;
using ConformanceRunner.Execution;

namespace ConformanceRunner.Reporting;

/// <summary>Reqnroll's <c>html</c> formatter, fed redacted messages (a step's error text may quote a body).</summary>
public sealed class RedactingHtmlFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, IFileSystem fileSystem, RunSettings settings)
    : HtmlFormatter(configuration, log, fileSystem)
{
    private readonly SecretRedactor _redactor = new(settings.Secrets);

    protected override Task WriteToFile(Envelope envelope, CancellationToken cancellationToken) =>
        base.WriteToFile(EnvelopeRedaction.Redact(envelope, _redactor).Envelope, cancellationToken);

    // The page embeds each message as NDJSON: the line the message formatter writes too, serialized once for both.
    protected override MessagesToHtmlWriter CreateMessagesToHtmlWriter(Stream stream, Func<StreamWriter, Envelope, Task> asyncStreamSerializer) =>
        base.CreateMessagesToHtmlWriter(stream, (writer, envelope) => writer.WriteAsync(EnvelopeRedaction.LineOf(envelope)));
}

/// <summary>Reqnroll's <c>message</c> (NDJSON) formatter, fed redacted messages.</summary>
public sealed class RedactingMessageFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, IFileSystem fileSystem, RunSettings settings)
    : MessageFormatter(configuration, log, fileSystem)
{
    private readonly SecretRedactor _redactor = new(settings.Secrets);

    private static readonly byte[] NewLine = System.Text.Encoding.UTF8.GetBytes(Environment.NewLine);

    protected override async Task WriteToFile(Envelope envelope, CancellationToken cancellationToken)
    {
        if (TargetFileStream is null)
        {
            return;
        }

        // The line redaction serialized (shared with the html formatter) rather than the base formatter's own serialization.
        var line = EnvelopeRedaction.Redact(envelope, _redactor).Line;
        await TargetFileStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), cancellationToken);
        if (envelope.TestRunFinished is null)
        {
            await TargetFileStream.WriteAsync(NewLine, cancellationToken);
        }
    }
}

/// <summary>A message as the reports may show it, and its NDJSON line when redaction produced one.</summary>
internal sealed record RedactedEnvelope(Envelope Envelope, string? Ndjson)
{
    /// <summary>The message's NDJSON line: the one redaction made, or serialized now (a message redaction rebuilt).</summary>
    public string Line => Ndjson ?? CucumberMessageJson.Serialize(Envelope);
}

internal static class EnvelopeRedaction
{
    // The html and message formatters receive the same envelope instances: the second one reuses the first's result.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Envelope, RedactedEnvelope> Redacted = [];

    /// <summary>
    /// Redacts every string of the message, the feature sources included (a doc string may hold a password). Exchange
    /// transcripts (the bulk of a report) were redacted when rendered and pass as they are. Either way the result keeps
    /// its NDJSON line, so the html and message formatters serialize each message once between them.
    /// </summary>
    public static RedactedEnvelope Redact(Envelope envelope, SecretRedactor redactor) =>
        Redacted.GetValue(envelope, _ => envelope.Attachment is { } attachment && TranscriptMessageFactory.IsTranscript(attachment)
            ? new RedactedEnvelope(envelope, CucumberMessageJson.Serialize(envelope))
            : RedactOnce(envelope, redactor));

    /// <summary>
    /// The NDJSON line of a message as <see cref="Redact"/> returned it, for the html writer, which is handed only the
    /// message: serialized once for every formatter.
    /// </summary>
    public static string LineOf(Envelope redacted) =>
        Redacted.TryGetValue(redacted, out var known) && ReferenceEquals(known.Envelope, redacted)
            ? known.Line
            : CucumberMessageJson.Serialize(redacted);

    private static RedactedEnvelope RedactOnce(Envelope envelope, SecretRedactor redactor)
    {
        // Most messages hold nothing to redact; only those that do are rebuilt (the round trip was seconds per run).
        var serialized = CucumberMessageJson.Serialize(envelope);
        if (!redactor.RedactsJson(serialized))
        {
            return new RedactedEnvelope(envelope, serialized);
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(serialized);
        return new RedactedEnvelope(CucumberMessageJson.Deserialize(redactor.RedactStrings(json)!.ToJsonString()), null);
    }
}

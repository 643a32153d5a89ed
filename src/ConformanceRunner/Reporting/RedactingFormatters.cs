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
        base.WriteToFile(EnvelopeRedaction.Redact(envelope, _redactor), cancellationToken);
}

/// <summary>Reqnroll's <c>message</c> (NDJSON) formatter, fed redacted messages.</summary>
public sealed class RedactingMessageFormatter(IFormattersConfigurationProvider configuration, IFormatterLog log, IFileSystem fileSystem, RunSettings settings)
    : MessageFormatter(configuration, log, fileSystem)
{
    private readonly SecretRedactor _redactor = new(settings.Secrets);

    protected override Task WriteToFile(Envelope envelope, CancellationToken cancellationToken) =>
        base.WriteToFile(EnvelopeRedaction.Redact(envelope, _redactor), cancellationToken);
}

internal static class EnvelopeRedaction
{
    // The html and message formatters receive the same envelope instances: the second one reuses the first's result.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Envelope, Envelope> Redacted = [];

    /// <summary>
    /// Redacts every string of the message, the feature sources included (a doc string may hold a password). Exchange
    /// transcripts (the bulk of a report) were redacted when rendered and pass as they are.
    /// </summary>
    public static Envelope Redact(Envelope envelope, SecretRedactor redactor) =>
        envelope.Attachment is { } attachment && TranscriptMessageFactory.IsTranscript(attachment)
            ? envelope
            : Redacted.GetValue(envelope, _ => RedactOnce(envelope, redactor));

    private static Envelope RedactOnce(Envelope envelope, SecretRedactor redactor)
    {
        // Most messages hold nothing to redact; only those that may are rebuilt (the round trip was seconds per run).
        var serialized = NdjsonSerializer.Serialize(envelope);
        if (!redactor.MayRedactJson(serialized))
        {
            return envelope;
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(serialized);
        return NdjsonSerializer.Deserialize(redactor.RedactStrings(json)!.ToJsonString());
    }
}

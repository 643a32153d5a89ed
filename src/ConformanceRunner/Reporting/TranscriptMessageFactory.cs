using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.ExecutionTracking;
using Reqnroll.Formatters.PayloadProcessing;
using Reqnroll.Formatters.PayloadProcessing.Cucumber;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Reqnroll's message factory, except that an exchange transcript comes from <see cref="ExchangeTranscripts"/> instead of
/// a file: Reqnroll 3.3.4 only attaches files, and writing one file per exchange took half the suite's wall time
/// (issue 11). The message is the one Reqnroll builds from a file (CucumberMessageFactory.ToAttachment): UTF-8, base64.
/// </summary>
public sealed class TranscriptMessageFactory(ExchangeTranscripts transcripts) : CucumberMessageFactory
{
    // Each attachment made here, with the text it encodes: the report formats read it without decoding the base64 body.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Attachment, string> Transcripts = [];

    /// <summary>Whether the attachment is an exchange transcript made here (so already redacted when rendered).</summary>
    public static bool IsTranscript(Attachment attachment) => Transcripts.TryGetValue(attachment, out _);

    /// <summary>
    /// The text of an exchange transcript made here (already redacted); null for any other attachment. Each of our report
    /// formats decoded every transcript's base64 body again at the end of a run (issue 11).
    /// </summary>
    public static string? TranscriptOf(Attachment attachment) => Transcripts.TryGetValue(attachment, out var transcript) ? transcript : null;

    public override Attachment ToAttachment(AttachmentTracker tracker)
    {
        if (!transcripts.TryTake(tracker.FilePath, out var transcript))
        {
            return base.ToAttachment(tracker);
        }

        var attachment = new Attachment(
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(transcript)),
            AttachmentContentEncoding.BASE64,
            Path.GetFileName(tracker.FilePath),
            FileExtensionToMimeTypeMap.GetMimeType(Path.GetExtension(tracker.FilePath)),
            null,
            tracker.TestCaseStartedId,
            tracker.TestCaseStepId,
            null,
            tracker.TestRunStartedId,
            tracker.TestRunHookStartedId,
            Cucumber.Messages.Converters.ToTimestamp(tracker.Timestamp));
        Transcripts.Add(attachment, transcript);
        return attachment;
    }
}

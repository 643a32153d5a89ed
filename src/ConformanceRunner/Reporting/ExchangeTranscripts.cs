using System.Collections.Concurrent;

namespace ConformanceRunner.Reporting;

/// <summary>
/// The transcripts attached to steps, held in memory until Reqnroll turns each into an attachment message
/// (<see cref="TranscriptMessageFactory"/>). Keyed by the attachment's name, which is unique per exchange; an entry is
/// taken, so the store only holds transcripts not yet in the message stream.
/// </summary>
public sealed class ExchangeTranscripts
{
    private readonly ConcurrentDictionary<string, string> _pending = new(StringComparer.Ordinal);

    public void Add(string attachmentPath, string transcript) => _pending[attachmentPath] = transcript;

    public bool TryTake(string attachmentPath, out string transcript) => _pending.TryRemove(attachmentPath, out transcript!);
}

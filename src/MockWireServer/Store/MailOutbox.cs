using MockWireServer.Store.Records;

namespace MockWireServer.Store;

/// <summary>A mail the mock "sent": what <c>GET /mock/teams/{id}/outbox</c> lists.</summary>
public sealed record OutboxMail(string Kind, string To, Guid UserId, string Code, DateTimeOffset SentAt);

/// <summary>
/// A team's sent mails in the order sent, kept as bytes in chunks of 64 KB: an invited user's mail is then no object the
/// garbage collector copies, and a growing outbox never copies itself (one doubling array took tens of milliseconds
/// under its lock at 600k mails, while every POST of the team waited; issue 11). Reading decodes them all.
/// </summary>
public sealed class MailOutbox
{
    private const int ChunkSize = 64 * 1024;

    private readonly Lock _sync = new();
    private readonly List<(byte[] Bytes, int Used, int Mails)> _chunks = [];
    private int _count;

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _count;
            }
        }
    }

    /// <summary>Adds the mail; its code must be one <see cref="MailCode.New"/> made.</summary>
    public void Add(OutboxMail mail)
    {
        var code = MailCode.TryParse(mail.Code, out var parsed) ? parsed : throw new ArgumentException("Not a mail code.", nameof(mail));
        var size = RecordWriter.SizeOf(mail.Kind) + RecordWriter.SizeOf(mail.To) + 16 + 16 + RecordWriter.TimeSize;
        lock (_sync)
        {
            if (_chunks.Count == 0 || _chunks[^1].Used + size > _chunks[^1].Bytes.Length)
            {
                _chunks.Add((new byte[Math.Max(ChunkSize, size)], 0, 0));
            }

            var (bytes, used, mails) = _chunks[^1];
            var writer = new RecordWriter(bytes.AsSpan(used, size));
            writer.String(mail.Kind);
            writer.String(mail.To);
            writer.Guid(mail.UserId);
            writer.UInt128(code);
            writer.Time(mail.SentAt);
            _chunks[^1] = (bytes, used + size, mails + 1);
            _count++;
        }
    }

    public IReadOnlyList<OutboxMail> Mails()
    {
        lock (_sync)
        {
            var mails = new List<OutboxMail>(_count);
            foreach (var (bytes, _, count) in _chunks)
            {
                var reader = new RecordReader(bytes);
                for (var i = 0; i < count; i++)
                {
                    mails.Add(new OutboxMail(reader.String()!, reader.String()!, reader.Guid(), MailCode.Format(reader.UInt128()), reader.Time()));
                }
            }

            return mails;
        }
    }
}

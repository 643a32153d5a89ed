using MockWireServer.Store.Records;

namespace MockWireServer.Store;

/// <summary>A mail the mock "sent": what <c>GET /mock/teams/{id}/outbox</c> lists.</summary>
public sealed record OutboxMail(string Kind, string To, Guid UserId, string Code, DateTimeOffset SentAt);

/// <summary>
/// A team's sent mails in the order sent, kept as bytes in one growing array: an invited user's mail is then no object
/// the garbage collector copies (issue 11). Reading decodes them all.
/// </summary>
public sealed class MailOutbox
{
    private readonly Lock _sync = new();
    private byte[] _bytes = [];
    private int _length;
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
            if (_length + size > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_length + size, Math.Max(4096, _bytes.Length * 2)));
            }

            var writer = new RecordWriter(_bytes.AsSpan(_length, size));
            writer.String(mail.Kind);
            writer.String(mail.To);
            writer.Guid(mail.UserId);
            writer.UInt128(code);
            writer.Time(mail.SentAt);
            _length += size;
            _count++;
        }
    }

    public IReadOnlyList<OutboxMail> Mails()
    {
        lock (_sync)
        {
            var mails = new List<OutboxMail>(_count);
            var reader = new RecordReader(_bytes.AsSpan(0, _length));
            for (var i = 0; i < _count; i++)
            {
                mails.Add(new OutboxMail(reader.String()!, reader.String()!, reader.Guid(), MailCode.Format(reader.UInt128()), reader.Time()));
            }

            return mails;
        }
    }
}

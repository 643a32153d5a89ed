namespace MockWireServer.Store;

/// <summary>An invitation still waiting: its mail code, the invited user and when the user was created.</summary>
public readonly record struct PendingInvitation(UInt128 Code, Guid UserId, DateTimeOffset Created);

/// <summary>
/// A team's invitations, oldest first, so the timeout takes only the ones due: a sweep over every invitation decoded
/// each invited user on every accept (about 0.1 s per accept with 100k invitations pending, issue 11). Asking when
/// none is due costs one read and no lock, so every SCIM request can ask.
/// </summary>
public sealed class InvitationQueue
{
    private readonly Lock _sync = new();
    private readonly PriorityQueue<PendingInvitation, DateTimeOffset> _pending = new();
    private long _oldestTicks = long.MaxValue;

    public void Add(PendingInvitation invitation)
    {
        lock (_sync)
        {
            _pending.Enqueue(invitation, invitation.Created);
            Volatile.Write(ref _oldestTicks, _pending.Peek().Created.UtcTicks);
        }
    }

    /// <summary>Removes and returns every invitation of a user created at or before <paramref name="cutoff"/>.</summary>
    public IReadOnlyList<PendingInvitation> TakeCreatedBy(DateTimeOffset cutoff)
    {
        if (Volatile.Read(ref _oldestTicks) > cutoff.UtcTicks)
        {
            return [];
        }

        lock (_sync)
        {
            var due = new List<PendingInvitation>();
            while (_pending.TryPeek(out _, out var created) && created <= cutoff)
            {
                due.Add(_pending.Dequeue());
            }

            Volatile.Write(ref _oldestTicks, _pending.TryPeek(out var next, out _) ? next.Created.UtcTicks : long.MaxValue);
            return due;
        }
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count;
            }
        }
    }
}

namespace MockWireServer.Grading;

/// <summary>
/// The findings of a run: thread-safe and bounded. Beyond <see cref="Capacity"/> findings are counted, not kept, so a
/// client stuck in a loop cannot grow the mock's memory.
/// </summary>
public sealed class FindingStore(int capacity = FindingStore.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock _sync = new();
    private readonly List<ClientFinding> _findings = [];
    private long _requests;
    private long _dropped;
    private volatile bool _full;

    public int Capacity { get; } = capacity;

    public void CountRequest() => Interlocked.Increment(ref _requests);

    public void Add(ClientFinding finding)
    {
        // Once full, a finding is only counted, without the lock every request would queue on (issue 11's profile).
        if (_full)
        {
            Interlocked.Increment(ref _dropped);
            return;
        }

        lock (_sync)
        {
            if (_findings.Count < Capacity)
            {
                _findings.Add(finding);
                _full = _findings.Count >= Capacity;
            }
            else
            {
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    public (long Requests, IReadOnlyList<ClientFinding> Findings, long Dropped) Snapshot()
    {
        lock (_sync)
        {
            return (Interlocked.Read(ref _requests), _findings.ToList(), Interlocked.Read(ref _dropped));
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _findings.Clear();
            _full = false;
            Interlocked.Exchange(ref _dropped, 0);
            Interlocked.Exchange(ref _requests, 0);
        }
    }
}

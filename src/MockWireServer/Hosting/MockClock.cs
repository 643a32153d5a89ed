namespace MockWireServer.Hosting;

/// <summary>The mock's time: the system clock plus an offset that <c>POST /mock/clock/advance</c> moves forward.</summary>
public sealed class MockClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}

namespace ConformanceRunner.Steps;

/// <summary>
/// Wire keeps timestamps to the millisecond (meta.lastModified, a token's created_at): two writes within one millisecond
/// carry the same time, and a check or snapshot that tells them apart would depend on the machine's speed (one run in
/// six failed so on the in-memory mock). Steps that note a time before a write wait this long first, which leaves only
/// the server's behaviour to check.
/// </summary>
public static class ServerMilliseconds
{
    private static readonly TimeSpan PastOneMillisecond = TimeSpan.FromMilliseconds(3);

    public static Task PassAsync() => Task.Delay(PastOneMillisecond);
}

namespace MockWireServer.Store;

public enum UserWriteStatus
{
    Written,
    NotFound,
    ExternalIdTaken,
    HandleTaken,

    /// <summary>The user changed between read and write; the caller re-reads and retries.</summary>
    Stale,
}

/// <summary>What a create or replace did; on ExternalIdTaken, <see cref="Holder"/> is the user that holds it.</summary>
public sealed record UserWriteOutcome(UserWriteStatus Status, StoredUser? Holder = null)
{
    public static readonly UserWriteOutcome Written = new(UserWriteStatus.Written);
    public static readonly UserWriteOutcome NotFound = new(UserWriteStatus.NotFound);
    public static readonly UserWriteOutcome HandleTaken = new(UserWriteStatus.HandleTaken);
    public static readonly UserWriteOutcome Stale = new(UserWriteStatus.Stale);
}

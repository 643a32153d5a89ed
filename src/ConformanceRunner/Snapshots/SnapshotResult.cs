namespace ConformanceRunner.Snapshots;

public enum SnapshotEquality
{
    Equal,

    /// <summary>No verified file existed and the run was allowed to create it.</summary>
    Created,

    /// <summary>No verified file exists; the received file waits to be accepted.</summary>
    Missing,
    NotEqual,
}

/// <summary>The result of one comparison, as data: the step turns it into a failure message, reports may show it.</summary>
public sealed record SnapshotResult(SnapshotEquality Equality, SnapshotFile File, string? Diff = null)
{
    public bool IsSuccess => Equality is SnapshotEquality.Equal or SnapshotEquality.Created;

    public string Describe() => Equality switch
    {
        SnapshotEquality.Equal => $"matches {File.VerifiedPath}",
        SnapshotEquality.Created => $"created {File.VerifiedPath}",
        SnapshotEquality.Missing =>
            $"No verified snapshot {File.VerifiedPath}.\nThe response was written to {File.ReceivedPath}: read it, then accept it (scim-conformance accept).",
        _ => $"The response does not match {File.VerifiedPath} (received: {File.ReceivedPath}).\n{Diff}",
    };
}

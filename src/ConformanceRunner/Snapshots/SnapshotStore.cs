using System.Text.Json.Nodes;

namespace ConformanceRunner.Snapshots;

/// <summary>
/// Compares received snapshots with approved (verified) files, writes <c>*.received.json</c> on a mismatch, and
/// promotes received files when they are accepted. A missing verified file fails unless the run may create it.
/// </summary>
public sealed class SnapshotStore(bool createMissing = false, bool writeReceived = true)
{
    /// <summary>Compares only: the self-test's broken mocks must not leave received files for <c>accept</c> to promote.</summary>
    public static SnapshotStore CompareOnly => new(createMissing: false, writeReceived: false);

    public SnapshotResult Verify(SnapshotFile file, JsonNode received)
    {
        var receivedText = CanonicalJson.ToText(received);
        if (!File.Exists(file.VerifiedPath))
        {
            if (createMissing)
            {
                File.WriteAllText(file.VerifiedPath, receivedText);
                File.Delete(file.ReceivedPath);
                return new SnapshotResult(SnapshotEquality.Created, file);
            }

            WriteReceived(file, receivedText);
            return new SnapshotResult(SnapshotEquality.Missing, file);
        }

        var verifiedText = CanonicalJson.ToText(JsonNode.Parse(File.ReadAllText(file.VerifiedPath)));
        if (verifiedText == receivedText)
        {
            if (writeReceived)
            {
                File.Delete(file.ReceivedPath);
            }

            return new SnapshotResult(SnapshotEquality.Equal, file);
        }

        WriteReceived(file, receivedText);
        return new SnapshotResult(SnapshotEquality.NotEqual, file, SnapshotDiff.Render(verifiedText, receivedText));
    }

    private void WriteReceived(SnapshotFile file, string receivedText)
    {
        if (writeReceived)
        {
            File.WriteAllText(file.ReceivedPath, receivedText);
        }
    }

    /// <summary>Promotes every <c>*.received.json</c> under <paramref name="folder"/> to its <c>*.verified.json</c>; returns the accepted files.</summary>
    public static IReadOnlyList<string> AcceptAll(string folder)
    {
        var accepted = new List<string>();
        foreach (var received in Directory.EnumerateFiles(folder, "*.received.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var verified = received[..^".received.json".Length] + ".verified.json";
            File.Move(received, verified, overwrite: true);
            accepted.Add(verified);
        }

        return accepted;
    }
}

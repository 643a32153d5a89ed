namespace ConformanceRunner.Tests;

/// <summary>A throw-away features folder for a test; deleted with its snapshots when disposed.</summary>
internal sealed class TemporaryFeatures : IDisposable
{
    public TemporaryFeatures() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scim-conformance-tests", Guid.NewGuid().ToString("N"));

    public TemporaryFeatures With(string relativePath, string gherkin)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, gherkin);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

namespace MockWireServer.Grading.Reports;

/// <summary>Writes the report in every format into a directory: JUnit XML, HTML and Markdown.</summary>
public static class ClientReportFiles
{
    public static IReadOnlyList<IClientReportWriter> Writers { get; } =
        [new JUnitClientReportWriter(), new HtmlClientReportWriter(), new MarkdownClientReportWriter()];

    public static IReadOnlyList<string> Write(ClientReport report, string directory)
    {
        var dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        foreach (var writer in Writers)
        {
            var file = Path.Combine(dir, writer.FileName);
            File.WriteAllText(file, writer.Render(report));
            written.Add(file);
        }

        return written;
    }
}

namespace MockWireServer.Grading.Reports;

/// <summary>One report format: its file name and how the report reads in it.</summary>
public interface IClientReportWriter
{
    string FileName { get; }

    string Render(ClientReport report);
}

/// <summary>The rules of the catalogue with the findings each one got, the shape every format is written from.</summary>
public sealed record RuleOutcome(string Id, string Title, IReadOnlyList<ClientFinding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    public int Infos => Findings.Count(f => f.Severity == FindingSeverity.Info);

    public string Verdict => Errors > 0 ? "failed" : Warnings > 0 ? "warning" : "passed";

    public static IReadOnlyList<RuleOutcome> Of(ClientReport report) =>
        [.. ClientRuleCatalogue.Titles.Select(r => new RuleOutcome(r.Id, r.Title, [.. report.Findings.Where(f => f.RuleId == r.Id)]))];
}

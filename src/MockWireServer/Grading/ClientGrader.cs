using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MockWireServer.Grading;

/// <summary>
/// Grades each request a SCIM client sends against the rules of <see cref="ClientRuleCatalogue"/>, through the chosen
/// <see cref="ClientProfile"/>, into the <see cref="FindingStore"/>. Never changes an answer: it runs after the status is
/// final, and a rule that throws is skipped.
/// </summary>
public sealed class ClientGrader
{
    private const int MaxClients = 1_000;

    private readonly ConcurrentDictionary<string, ClientHistory> _histories = new(StringComparer.Ordinal);
    private readonly ILogger<ClientGrader> _logger;

    public ClientGrader(IOptions<MockWireOptions> options, ILogger<ClientGrader> logger)
    {
        _logger = logger;
        var o = options.Value;
        Enabled = o.GradeClient;
        Profile = ClientProfiles.Find(o.ClientProfile) ?? throw new InvalidOperationException($"Unknown client profile '{o.ClientProfile}'");
        ReportDir = string.IsNullOrWhiteSpace(o.ReportDir) ? null : o.ReportDir;
        Store = new FindingStore(o.MaxFindings);
    }

    public bool Enabled { get; }

    public ClientProfile Profile { get; }

    /// <summary>Where reports are written on shutdown and by default on demand; null: only on demand with a directory.</summary>
    public string? ReportDir { get; }

    public FindingStore Store { get; }

    /// <summary>The client's own traffic is graded; the admin's (login, token API) and the mock's control plane are not.</summary>
    public static bool IsClientRequest(PathString path)
    {
        var unversioned = new PathString(ClientExchange.StripVersion(path.Value ?? "/"));
        return !unversioned.StartsWithSegments("/mock") && !unversioned.StartsWithSegments("/login") && !unversioned.StartsWithSegments("/scim/auth-tokens");
    }

    public void Grade(ClientExchange exchange)
    {
        Store.CountRequest();
        var history = HistoryOf(exchange.ClientKey);
        var hadError = false;
        var hits = new List<RuleHit>();
        foreach (var rule in ClientRuleCatalogue.All)
        {
            hits.Clear();
            try
            {
                rule.Check(exchange, history, hits);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
            {
                _logger.LogWarning("Client rule {Rule} failed on {Method} {Path}: {Error}", rule.Id, exchange.Method, exchange.UnversionedPath, e.GetType().Name);
                continue;
            }

            foreach (var hit in hits)
            {
                var finding = Finding(rule.Id, hit, exchange);
                hadError |= finding.Severity == FindingSeverity.Error;
                Store.Add(finding);
            }
        }

        // Every rejection shows up in the report, even when no rule knows why (throttling is the retry rule's business).
        if (exchange.Rejected && !hadError && exchange.Status is not (420 or 429))
        {
            Store.Add(Finding(ClientRuleCatalogue.RejectedRuleId, new RuleHit(FindingSeverity.Error,
                $"Wire answered {exchange.Status}{(exchange.Error?.Detail is { } detail ? ": " + detail : "")}.",
                "Read the detail above; the request must change before it can succeed."), exchange));
        }
    }

    public ClientReport Report()
    {
        var (requests, findings, dropped) = Store.Snapshot();
        return new ClientReport(requests, findings) { Profile = Profile.Name, Dropped = dropped };
    }

    /// <summary>Writes JUnit XML, HTML and Markdown into <paramref name="directory"/> (default: <see cref="ReportDir"/>); returns the files.</summary>
    public IReadOnlyList<string> WriteReports(string? directory = null) =>
        Reports.ClientReportFiles.Write(Report(), directory ?? ReportDir ?? throw new InvalidOperationException("No report directory: pass one or set MockWire:ReportDir"));

    /// <summary>Forget findings and client histories (POST /mock/reset, DELETE /mock/client-report).</summary>
    public void Clear()
    {
        Store.Clear();
        _histories.Clear();
    }

    private ClientFinding Finding(string ruleId, RuleHit hit, ClientExchange exchange)
    {
        var (severity, message) = (hit.Severity, hit.Message);
        if (Profile.Expects(ruleId))
        {
            // An expected quirk that works is only worth knowing; one Wire rejects still needs the admin.
            (severity, message) = hit.Severity == FindingSeverity.Warning
                ? (FindingSeverity.Info, $"{message} Expected from {Profile.Client}.")
                : (hit.Severity, $"{message} This is a known {Profile.Client} behaviour.");
        }

        var path = exchange.Query.Length > 0 ? exchange.Path + exchange.Query : exchange.Path;
        return new ClientFinding(ruleId, severity, message, hit.Fix, new FindingRequest(exchange.Method, path, exchange.At), new FindingResponse(exchange.Status));
    }

    private ClientHistory HistoryOf(string clientKey)
    {
        if (_histories.TryGetValue(clientKey, out var known))
        {
            return known;
        }

        // Count takes every lock of the dictionary: only a new client pays for it, not every request.
        if (_histories.Count >= MaxClients)
        {
            _histories.Clear();
        }

        return _histories.GetOrAdd(clientKey, _ => new ClientHistory());
    }
}

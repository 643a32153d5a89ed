namespace MockWireServer;

/// <summary>How the mock renders SCIM errors: Wire since #5439 (plain RFC 7644 object) or Wire 5.24–5.34 (envelope).</summary>
public enum ScimErrorFormat
{
    /// <summary>The bare RFC 7644 §3.12 error object (latest Wire, the default).</summary>
    Scim,

    /// <summary>Wire's <c>{"code","label":"scim-error","message":"&lt;SCIM JSON as a string&gt;"}</c> wrapping (5.24.0 up to #5439).</summary>
    WireEnvelope,
}

/// <summary>Settings of the mock, bound from the "MockWire" configuration section and the command line.</summary>
public sealed class MockWireOptions
{
    public const string Section = "MockWire";

    /// <summary>Base of <c>meta.location</c> (Wire's <c>scimBaseUri</c>); when empty it is derived from the request's host.</summary>
    public string? ScimBaseUri { get; set; }

    /// <summary>Wire's <c>maxScimTokens</c>; 8 in Wire's integration config and team-management docs.</summary>
    public int MaxScimTokensPerTeam { get; set; } = 8;

    /// <summary>Wire's <c>richInfoLimit</c> in characters (5000 in the charts).</summary>
    public int RichInfoLimit { get; set; } = 5000;

    /// <summary>Brig's <c>setTeamInvitationTimeout</c>: 21 days in the chart.</summary>
    public TimeSpan InvitationTimeout { get; set; } = TimeSpan.FromDays(21);

    public ScimErrorFormat ErrorFormat { get; set; } = ScimErrorFormat.Scim;

    /// <summary>Emulates nginz's per-client limit on /scim/v2 (50 r/s, burst 10, HTTP 420). Off by default.</summary>
    public bool RateLimit { get; set; }

    public int RateLimitPerSecond { get; set; } = 50;

    public int RateLimitBurst { get; set; } = 10;

    /// <summary>Bodies above this size get 413 before anything is parsed.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The backend's default locale, used when preferredLanguage is absent.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>
    /// Protects <c>/mock/*</c>: requests must carry it in the <c>X-Mock-Control-Token</c> header. Off by default; generated
    /// (and printed, with a warning) when the mock listens beyond loopback without one.
    /// </summary>
    public string? ControlToken { get; set; }

    /// <summary>Set by the mock when it generated <see cref="ControlToken"/>; not an input.</summary>
    public bool ControlTokenGenerated { get; set; }

    /// <summary>A faulty server for testing clients, e.g. <c>latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20</c> (see <c>ChaosSettings</c>).</summary>
    public string? Chaos { get; set; }

    /// <summary>Comma-separated rule ids whose faults are switched on (see <c>GET /mock/faults</c>); empty: the faithful mock.</summary>
    public string? Break { get; set; }

    /// <summary>Grade every request a SCIM client sends (see <c>GET /mock/client-report</c>). On by default; grading never changes an answer.</summary>
    public bool GradeClient { get; set; } = true;

    /// <summary>Which client's quirks are expected: <c>generic</c>, <c>entra</c>, <c>entra-aadoptscim062020</c> or <c>okta</c>.</summary>
    public string ClientProfile { get; set; } = "generic";

    /// <summary>Where the client report (JUnit XML, HTML, Markdown) is written when the mock stops; null: only on demand.</summary>
    public string? ReportDir { get; set; }

    /// <summary>Findings kept in memory; further ones are counted only.</summary>
    public int MaxFindings { get; set; } = Grading.FindingStore.DefaultCapacity;
}

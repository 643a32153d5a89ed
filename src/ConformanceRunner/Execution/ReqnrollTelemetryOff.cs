using Reqnroll.Analytics;

namespace ConformanceRunner.Execution;

/// <summary>
/// Keeps Reqnroll's usage telemetry off whatever <c>REQNROLL_TELEMETRY_ENABLED</c> says: Reqnroll would post an event
/// to Application Insights at every run, and a conformance run (against staging, in CI) sends requests to its target
/// and nowhere else. Reqnroll is a library inside this tool, not a tool the user chose to run.
/// </summary>
internal sealed class ReqnrollTelemetryOff : IEnvironmentReqnrollTelemetryChecker
{
    public bool IsReqnrollTelemetryEnabled() => false;
}

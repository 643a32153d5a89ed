using ConformanceRunner.Execution;
using ConformanceRunner.Snapshots;
using Reqnroll.Analytics;

namespace ConformanceRunner.Tests.Execution;

/// <summary>A run sends requests to its target and nowhere else: Reqnroll's usage telemetry stays off.</summary>
public sealed class ReqnrollTelemetryTests
{
    [Fact]
    public void A_runs_container_never_transmits_Reqnroll_telemetry_even_when_the_environment_allows_it()
    {
        var before = Environment.GetEnvironmentVariable(EnvironmentReqnrollTelemetryChecker.ReqnrollTelemetryEnvironmentVariable);
        Environment.SetEnvironmentVariable(EnvironmentReqnrollTelemetryChecker.ReqnrollTelemetryEnvironmentVariable, "1");
        try
        {
            var container = new RunContainerBuilder(new RunSettings(), new SnapshotStore(createMissing: false), HostServices.None)
                .CreateGlobalContainer(ConformanceRun.BindingAssembly);

            new EnvironmentReqnrollTelemetryChecker().IsReqnrollTelemetryEnabled().Should().BeTrue("Reqnroll's own default would send it");
            container.Resolve<IAnalyticsTransmitter>().IsEnabled.Should().BeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable(EnvironmentReqnrollTelemetryChecker.ReqnrollTelemetryEnvironmentVariable, before);
        }
    }
}

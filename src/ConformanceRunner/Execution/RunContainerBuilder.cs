using ConformanceRunner.Snapshots;
using Reqnroll.BoDi;
using Reqnroll.EnvironmentAccess;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace ConformanceRunner.Execution;

/// <summary>
/// Builds Reqnroll's global container for one run, with the run's own services in it. Registering them here, before
/// plugins load, keeps runs in one process (the test suite) independent, and silences the plugin-loading trace.
/// </summary>
internal sealed class RunContainerBuilder(RunSettings settings, SnapshotStore snapshots, HostServices host) : ContainerBuilder
{
    protected override void RegisterDefaults(ObjectContainer container)
    {
        base.RegisterDefaults(container);
        container.RegisterTypeAs<QuietTraceListener, ITraceListener>();
        container.RegisterInstanceAs(settings);
        container.RegisterInstanceAs(snapshots);
        container.RegisterInstanceAs(host);
        if (host.RuntimeProvider is not null)
        {
            container.RegisterInstanceAs(host.RuntimeProvider, ConformanceRuntimePlugin.ProviderName);
        }

        container.RegisterTypeAs<RunEnvironmentOptions, IEnvironmentOptions>();
        container.RegisterTypeAs<ReqnrollTelemetryOff, Reqnroll.Analytics.IEnvironmentReqnrollTelemetryChecker>();
    }
}

using ConformanceRunner.Execution;
using ConformanceRunner.Reporting;
using Reqnroll.Formatters;
using Reqnroll.Formatters.PayloadProcessing.Cucumber;
using Reqnroll.Formatters.PubSub;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

[assembly: RuntimePlugin(typeof(ConformanceRuntimePlugin))]

namespace ConformanceRunner.Execution;

/// <summary>
/// Makes the runner a Reqnroll "unit test provider": without one, Reqnroll's first call fails with
/// "Interface cannot be resolved: IUnitTestRuntimeProvider('nunit')". Per-run services (the target session, settings,
/// snapshots) are registered by <see cref="RunContainerBuilder"/>, which knows the run.
/// </summary>
public sealed class ConformanceRuntimePlugin : IRuntimePlugin
{
    public const string ProviderName = "scim-conformance";

    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
        {
            // A host (the xunit test project) may have registered its own provider for this run already.
            if (!e.ObjectContainer.IsRegistered<IUnitTestRuntimeProvider>(ProviderName))
            {
                e.ObjectContainer.RegisterTypeAs<OutcomeRuntimeProvider, IUnitTestRuntimeProvider>(ProviderName);
            }

            // Our report formats, and Reqnroll's html and message formatters replaced by ones that redact secrets.
            e.ObjectContainer.RegisterTypeAs<RedactingHtmlFormatter, ICucumberMessageFormatter>("html");
            e.ObjectContainer.RegisterTypeAs<RedactingMessageFormatter, ICucumberMessageFormatter>("message");
            e.ObjectContainer.RegisterTypeAs<JUnitReportFormatter, ICucumberMessageFormatter>("junit");
            e.ObjectContainer.RegisterTypeAs<MarkdownSummaryFormatter, ICucumberMessageFormatter>("markdown");
            e.ObjectContainer.RegisterTypeAs<JsonResultsFormatter, ICucumberMessageFormatter>("json");
            // Every formatter writes its file at once at the end of the run, not one after the other.
            e.ObjectContainer.RegisterTypeAs<ConcurrentClosingBroker, ICucumberMessageBroker>();

            // Exchange transcripts reach the message stream from memory, not from one file per exchange.
            e.ObjectContainer.RegisterTypeAs<ExchangeTranscripts, ExchangeTranscripts>();
            e.ObjectContainer.RegisterTypeAs<ScenarioSkips, ScenarioSkips>();
            e.ObjectContainer.RegisterTypeAs<TranscriptMessageFactory, ICucumberMessageFactory>();
        };
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) =>
        {
            var host = e.ObjectContainer.IsRegistered<HostServices>() ? e.ObjectContainer.Resolve<HostServices>() : HostServices.None;
            e.ReqnrollConfiguration.AdditionalStepAssemblies.AddRange(
                (host.AdditionalStepAssemblies ?? []).Select(assembly => assembly.GetName().Name!));
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<QuietTraceListener, ITraceListener>();
            if (!e.ObjectContainer.IsRegistered<IReqnrollAttachmentHandler>())
            {
                e.ObjectContainer.RegisterTypeAs<QuietAttachmentHandler, IReqnrollAttachmentHandler>();
            }
        };
        unitTestProviderConfiguration.UseUnitTestProvider(ProviderName);
    }
}

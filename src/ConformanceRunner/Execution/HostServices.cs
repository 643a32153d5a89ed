using System.Reflection;
using Reqnroll.UnitTestProvider;

namespace ConformanceRunner.Execution;

/// <summary>What the process hosting a run plugs into Reqnroll.</summary>
/// <param name="RuntimeProvider">Replaces the runner's own unit-test provider (the xunit suite maps skips to xunit's skip).</param>
/// <param name="AdditionalStepAssemblies">More [Binding] assemblies next to the runner's own Steps.</param>
public sealed record HostServices(IUnitTestRuntimeProvider? RuntimeProvider = null, IReadOnlyList<Assembly>? AdditionalStepAssemblies = null)
{
    public static HostServices None { get; } = new();
}

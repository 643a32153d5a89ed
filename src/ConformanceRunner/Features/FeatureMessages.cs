using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Features;

/// <summary>
/// The feature-level Cucumber messages that Reqnroll's generated code embeds as a resource; we hand over the ones we parsed
/// at run time, so Reqnroll's html and message formatters see the same documents and pickles we execute.
/// </summary>
internal sealed class FeatureMessages(FeatureDocument feature) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public GherkinDocument GherkinDocument => feature.Document;

    public IEnumerable<Pickle> Pickles => feature.Pickles;

    public Source Source => feature.Source;
}

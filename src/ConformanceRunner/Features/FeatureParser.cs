using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Features;

/// <summary>Parses one feature file with Gherkin and compiles its pickles, as Reqnroll's generator would at build time.</summary>
public static class FeatureParser
{
    public static FeatureDocument Parse(string filePath, string uri)
    {
        var text = File.ReadAllText(filePath);
        return ParseText(text, filePath, uri);
    }

    public static FeatureDocument ParseText(string text, string filePath, string uri)
    {
        var ast = new Parser().Parse(new StringReader(text));
        // Ids derived from the uri keep node and pickle ids unique across features in one message stream
        // and stable across runs (the HTML and message formatters link results to them).
        var ids = new UriScopedIdGenerator(uri);
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);
        var source = new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        return new FeatureDocument(Path.GetFullPath(filePath), uri, source, document, pickles);
    }

    private sealed class UriScopedIdGenerator(string uri) : IIdGenerator
    {
        private readonly string _prefix = StableHash.Of(uri).ToString("x8");
        private int _next;

        public string GetNewId() => $"{_prefix}-{_next++}";
    }
}

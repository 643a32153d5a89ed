using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Cucumber messages as NDJSON lines, written exactly as Reqnroll's <c>NdjsonSerializer</c> writes them (camelCase,
/// nulls left out, enums by their Cucumber names, relaxed escaping), but from metadata generated at build time: the
/// reflection-based serializer cost about a tenth of a whole run's CPU with every report on (issue 11's profile).
/// </summary>
public static class CucumberMessageJson
{
    // The generated options (naming, null handling, enum converters) with the encoder, which an attribute cannot name.
    private static readonly CucumberMessageJsonContext Context = new(new JsonSerializerOptions(CucumberMessageJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Context.Envelope);

    public static Envelope Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Envelope)!;

    /// <summary>
    /// Builds the serializer's metadata for every message type on a thread-pool thread, while the run is still starting
    /// on one core: built on first use instead, it held up the run's first messages by about a quarter second.
    /// </summary>
    public static Task PrepareAsync() =>
        Task.Run(() => Serialize(Envelope.Create(new TestRunStarted(new Timestamp(0, 0), null))));
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CucumberEnumConverter<AttachmentContentEncoding>),
        typeof(CucumberEnumConverter<PickleStepType>),
        typeof(CucumberEnumConverter<SourceMediaType>),
        typeof(CucumberEnumConverter<StepDefinitionPatternType>),
        typeof(CucumberEnumConverter<StepKeywordType>),
        typeof(CucumberEnumConverter<TestStepResultStatus>),
        typeof(CucumberEnumConverter<HookType>),
    ])]
[JsonSerializable(typeof(Envelope))]
internal sealed partial class CucumberMessageJsonContext : JsonSerializerContext;

/// <summary>A Cucumber message enum by the name its <see cref="DescriptionAttribute"/> gives (e.g. <c>text/x.cucumber.gherkin+plain</c>).</summary>
internal sealed class CucumberEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names = [];
    private readonly Dictionary<string, T> _values = [];

    public CucumberEnumConverter()
    {
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (T)field.GetValue(null)!;
            var name = field.GetCustomAttribute<DescriptionAttribute>()?.Description ?? field.Name;
            _names[value] = name;
            _values[name] = value;
        }
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _values.TryGetValue(reader.GetString()!, out var value) ? value : default;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_names.TryGetValue(value, out var name) ? name : value.ToString());
}

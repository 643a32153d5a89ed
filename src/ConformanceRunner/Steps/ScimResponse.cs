using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Steps;

/// <summary>A response as the steps see it: the scenario's unique-name prefix already removed from the body.</summary>
public sealed record ScimResponse(int Status, string? ContentType, string? Location, string Body)
{
    public JsonNode? Json { get; } = TryParse(Body);

    public JsonNode RequireJson() => Json ?? throw new InvalidOperationException($"The response ({Status}) has no JSON body: {Body}");

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => $"{Status} {ContentType} {Body}";
}

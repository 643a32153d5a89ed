using System.Net;
using System.Text.Json;

namespace MockWireServer.Tests.Hosting;

/// <summary>A response read to the end: status, media type, raw body and, when the body is JSON, the parsed document.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? MediaType, string? Charset, string Body, IReadOnlyList<string> HeaderNames)
{
    private readonly Lazy<JsonElement> _json = new(() => JsonDocument.Parse(Body).RootElement.Clone());

    public int Code => (int)Status;

    public JsonElement Json => _json.Value;

    /// <summary>The <c>id</c> of the returned resource.</summary>
    public string Id => Json.GetProperty("id").GetString()!;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var contentType = response.Content.Headers.ContentType;
            var headers = response.Headers.Concat(response.Content.Headers).Select(h => h.Key).ToList();
            return new ApiResponse(response.StatusCode, contentType?.MediaType, contentType?.CharSet, await response.Content.ReadAsStringAsync(), headers);
        }
    }

    public override string ToString() => $"{Code} {MediaType}: {Body}";
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MockWireServer.Tests.Hosting;

/// <summary>A SCIM client as an IdP is one: a bearer token, <c>application/scim+json</c>, paths under <c>/scim/v2</c>.</summary>
public sealed class ScimClient(HttpClient http, string? token, WireTeam? team = null, string basePath = "/scim/v2")
{
    public const string ScimJson = "application/scim+json";

    public string? Token { get; } = token;

    /// <summary>The team the token belongs to (null for made-up tokens).</summary>
    public WireTeam Team => team ?? throw new InvalidOperationException("This client has no team");

    /// <summary>The same token under another base path, e.g. <c>/v8/scim/v2</c>.</summary>
    public ScimClient At(string otherBasePath) => new(http, Token, team, otherBasePath);

    public Task<ApiResponse> PostUserAsync(JsonNode body) => SendAsync(HttpMethod.Post, "/Users", body);

    public Task<ApiResponse> GetUserAsync(string id) => SendAsync(HttpMethod.Get, $"/Users/{id}");

    public Task<ApiResponse> PutUserAsync(string id, JsonNode body) => SendAsync(HttpMethod.Put, $"/Users/{id}", body);

    public Task<ApiResponse> PatchUserAsync(string id, params JsonNode[] operations) =>
        SendAsync(HttpMethod.Patch, $"/Users/{id}", PatchOps.Request(operations));

    public Task<ApiResponse> DeleteUserAsync(string id) => SendAsync(HttpMethod.Delete, $"/Users/{id}");

    public Task<ApiResponse> FilterUsersAsync(string filter) => SendAsync(HttpMethod.Get, $"/Users?filter={Uri.EscapeDataString(filter)}");

    /// <summary>POSTs a user and asserts it was created; returns the created resource.</summary>
    public async Task<ApiResponse> CreateUserAsync(JsonNode body)
    {
        var response = await PostUserAsync(body);
        response.Code.Should().Be(201, response.Body);
        return response;
    }

    public Task<ApiResponse> SendAsync(HttpMethod method, string relativePath, JsonNode? body = null) =>
        SendRawAsync(method, basePath + relativePath, body?.ToJsonString(), body is null ? null : ScimJson);

    /// <summary>Any request with this client's token, unless <paramref name="authorization"/> overrides the header.</summary>
    public async Task<ApiResponse> SendRawAsync(HttpMethod method, string path, string? body, string? contentType, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, path);
        var header = authorization ?? (Token is null ? null : "Bearer " + Token);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return await ApiResponse.ReadAsync(await http.SendAsync(request));
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Targets;

/// <summary>Wire's own account API: an admin logs in and creates SCIM tokens (wire-scim.md §2.2).</summary>
public sealed class WireAccounts(HttpClient http)
{
    public async Task<string> LoginAsync(AdminCredentials admin, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/login", new { email = admin.Email, password = admin.Password }, cancellationToken);
        var json = await ReadSuccessAsync(response, cancellationToken);
        return json["access_token"]!.GetValue<string>();
    }

    public async Task<CreatedScimToken> CreateScimTokenAsync(string accessToken, string description, string password, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/scim/auth-tokens")
        {
            Content = JsonContent.Create(new { description, password }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var json = await ReadSuccessAsync(response, cancellationToken);
        return new CreatedScimToken(json["token"]!.GetValue<string>(), json["info"]!["id"]!.GetValue<string>());
    }

    private static async Task<JsonNode> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(body)!
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
    }
}

public sealed record CreatedScimToken(string Token, string Id);

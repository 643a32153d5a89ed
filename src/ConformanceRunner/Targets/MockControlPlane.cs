using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Targets;

/// <summary>The mock's <c>/mock</c> HTTP control plane. HTTP only: the runner never touches the mock's store.</summary>
public sealed class MockControlPlane(HttpClient http)
{
    public async Task<CreatedTeam> CreateTeamAsync(string name, bool withIdp, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/mock/teams", new { name, withIdp }, cancellationToken);
        var json = await ReadSuccessAsync(response, cancellationToken);
        var admin = json["admin"]!;
        return new CreatedTeam(
            json["teamId"]!.GetValue<string>(),
            new AdminCredentials(admin["email"]!.GetValue<string>(), admin["password"]!.GetValue<string>()),
            json["idpId"]?.GetValue<string>());
    }

    public async Task<JsonArray> OutboxAsync(string teamId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/mock/teams/{teamId}/outbox", cancellationToken);
        return (JsonArray)await ReadSuccessAsync(response, cancellationToken);
    }

    public async Task<HttpResponseMessage> AcceptInvitationAsync(string code, CancellationToken cancellationToken) =>
        await http.PostAsync($"/mock/invitations/{Uri.EscapeDataString(code)}/accept", null, cancellationToken);

    public async Task<HttpResponseMessage> SsoLoginAsync(string teamId, string idpId, string nameId, CancellationToken cancellationToken) =>
        await http.PostAsJsonAsync($"/mock/teams/{teamId}/sso-login", new { idpId, nameId }, cancellationToken);

    public async Task AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/mock/clock/advance", new { seconds = (long)by.TotalSeconds }, cancellationToken);
        await ReadSuccessAsync(response, cancellationToken);
    }

    private static async Task<JsonNode> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return string.IsNullOrWhiteSpace(body) ? new JsonObject() : JsonNode.Parse(body)!;
    }
}

public sealed record CreatedTeam(string TeamId, AdminCredentials Admin, string? IdpId);

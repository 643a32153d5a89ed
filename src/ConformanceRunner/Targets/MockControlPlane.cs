using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Targets;

/// <summary>
/// The mock's <c>/mock</c> control plane as the targets use it (a team per scenario). HTTP only: the runner never touches
/// the mock's store. Steps reach the rest of the control plane through <c>Steps/MockControl</c>.
/// </summary>
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

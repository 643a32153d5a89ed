using System.Net.Http.Headers;
using System.Text;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Steps;

/// <summary>
/// Sends SCIM requests for the scenario's team (and the few Wire API calls scenarios make) and remembers the last
/// response. SCIM paths are relative to the SCIM base (<c>/Users</c>), so a step works whatever base path the target has.
/// </summary>
public sealed class ScimClient(TargetSession session, ScenarioTeam team)
{
    public const string ScimJson = "application/scim+json";

    private ScimResponse? _last;

    public ScimResponse Last => _last ?? throw new InvalidOperationException("No request has been sent in this scenario yet.");

    public Task<ScimResponse> SendAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(method, path, body, team.Access.ScimToken);

    public Task<ScimResponse> SendAsync(HttpMethod method, string path, string? body, string? token) =>
        SendToServerAsync(method, session.ScimBasePath + path, body, token, ScimJson);

    /// <summary>Wire's own API beside SCIM (<c>/login</c>, <c>/scim/auth-tokens</c>): a path from the server root, plain JSON.</summary>
    public Task<ScimResponse> SendToWireAsync(HttpMethod method, string path, string? body, string? bearer) =>
        SendToServerAsync(method, path, body, bearer, "application/json");

    /// <summary>The mock's <c>/mock</c> control plane, for <c>@mock-only</c> steps; fails on a target without it.</summary>
    public Task<ScimResponse> SendToControlPlaneAsync(HttpMethod method, string path, string? body) =>
        session.HasControlPlane
            ? SendToServerAsync(method, path, body, null, "application/json")
            : throw new InvalidOperationException("This target has no /mock control plane; tag the scenario @mock-only.");

    /// <summary>Any path from the server root: Wire's API, the mock's control plane, variants of the SCIM base URL.</summary>
    public async Task<ScimResponse> SendToServerAsync(HttpMethod method, string path, string? body, string? token, string mediaType = ScimJson)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return await SendPreparedAsync(request);
    }

    /// <summary>A request the caller built itself (unusual headers); its answer becomes <see cref="Last"/>.</summary>
    public async Task<ScimResponse> SendPreparedAsync(HttpRequestMessage request)
    {
        using var response = await session.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        _last = new ScimResponse(
            (int)response.StatusCode,
            RawContentType(response),
            response.Headers.Location?.ToString(),
            session.Names.Reveal(text));
        return _last;
    }

    private static string? RawContentType(HttpResponseMessage response) =>
        response.RequestMessage?.Options.TryGetValue(ExchangeRecorder.RawContentType, out var raw) == true ? raw : null;
}

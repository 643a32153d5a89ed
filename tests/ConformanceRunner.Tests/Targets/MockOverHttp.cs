using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using MockWireServer;

namespace ConformanceRunner.Tests.Targets;

/// <summary>
/// The mock in TestServer, used the way an operator uses a live server: a team, an admin and a SCIM token made through
/// HTTP, and the runner pointed at it as a live target (URL + token), not as the in-memory target.
/// </summary>
internal sealed class MockOverHttp : IAsyncDisposable
{
    private static readonly string[] UserSchemas = ["urn:ietf:params:scim:schemas:core:2.0:User"];
    private readonly WebApplication _app;

    private MockOverHttp(WebApplication app, HttpClient http, string scimToken)
    {
        _app = app;
        Http = http;
        ScimToken = scimToken;
    }

    public HttpClient Http { get; }

    public string ScimToken { get; }

    public static async Task<MockOverHttp> StartAsync()
    {
        var app = MockWireApp.Create(new MockWireOptions(), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var http = app.GetTestClient();
        var team = await new MockControlPlane(http).CreateTeamAsync("live-team", withIdp: false, CancellationToken.None);
        var accounts = new WireAccounts(http);
        var accessToken = await accounts.LoginAsync(team.Admin, CancellationToken.None);
        var token = await accounts.CreateScimTokenAsync(accessToken, "operator", team.Admin.Password, CancellationToken.None);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.Token);
        return new MockOverHttp(app, http, token.Token);
    }

    public LiveTarget AsLiveTarget() =>
        new(new LiveTargetOptions(new Uri("http://localhost/scim/v2"), EmailInvitationsToken: ScimToken, Transport: CreateHandler()));

    /// <summary>A transport into the mock, for a test that wraps it.</summary>
    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    public async Task<string> CreateUserAsync(string userName)
    {
        using var response = await Http.PostAsJsonAsync("/scim/v2/Users", new
        {
            schemas = UserSchemas,
            userName,
            externalId = $"{userName}@example.com",
            displayName = userName,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task<int> StatusOfAsync(string path) => (int)(await Http.GetAsync(path)).StatusCode;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}

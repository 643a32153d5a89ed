using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer.Store;

namespace MockWireServer.Tests.Hosting;

/// <summary>
/// One mock per test, in memory (TestServer), built the one way the mock is built (<see cref="MockWireApp.Create"/>).
/// Nothing is shared between tests: each test starts its own host and disposes it.
/// </summary>
public sealed class MockWireHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MockWireHost(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    /// <summary>Raw access for requests the typed clients do not make (control plane, odd paths).</summary>
    public HttpClient Http { get; }

    public WireStore Store => _app.Services.GetRequiredService<WireStore>();

    public IServiceProvider Services => _app.Services;

    /// <summary>The mock's routing table.</summary>
    public IEndpointRouteBuilder Endpoints => _app;

    /// <param name="configure">Options of the mock.</param>
    /// <param name="logging">Replaces the default (no logging), e.g. to capture every log line.</param>
    public static async Task<MockWireHost> StartAsync(Action<MockWireOptions>? configure = null, Action<ILoggingBuilder>? logging = null)
    {
        var options = new MockWireOptions();
        configure?.Invoke(options);
        var app = MockWireApp.Create(options, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            logging?.Invoke(builder.Logging);
        });
        await app.StartAsync();
        return new MockWireHost(app, app.GetTestClient());
    }

    /// <summary>
    /// The mock on Kestrel at a free loopback port, for what only real connections show (keep-alive, connection state);
    /// <see cref="Http"/> keeps one connection open and reuses it.
    /// </summary>
    public static async Task<MockWireHost> StartOnLoopbackAsync()
    {
        var app = MockWireApp.Create(new MockWireOptions(), builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri(app.Urls.Single()) };
        return new MockWireHost(app, http);
    }

    /// <summary>A team through the control plane: email mode, or SAML mode with <paramref name="withIdp"/>.</summary>
    public async Task<WireTeam> CreateTeamAsync(bool withIdp = false)
    {
        var response = await Http.PostAsJsonAsync("/mock/teams", new { withIdp });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        var json = (await response.Content.ReadFromJsonAsync<JsonElement>())!;
        var admin = json.GetProperty("admin");
        var idp = json.GetProperty("idpId");
        return new WireTeam(
            this,
            json.GetProperty("teamId").GetGuid(),
            admin.GetProperty("userId").GetGuid(),
            admin.GetProperty("email").GetString()!,
            admin.GetProperty("password").GetString()!,
            idp.ValueKind == JsonValueKind.Null ? null : idp.GetGuid());
    }

    /// <summary>A new team whose SCIM token has no IdP: users are invited by email (wire-scim.md §6.2).</summary>
    public async Task<ScimClient> EmailModeAsync() => await (await CreateTeamAsync()).ScimAsync();

    /// <summary>A new team with one IdP and a legacy token, implicitly associated with it (wire-scim.md §2.2, §6.1).</summary>
    public async Task<ScimClient> SamlModeAsync() => await (await CreateTeamAsync(withIdp: true)).ScimAsync();

    /// <summary>A SCIM client with any bearer token, or none.</summary>
    public ScimClient Scim(string? token) => new(Http, token);

    public async Task AdvanceClockAsync(TimeSpan by)
    {
        var response = await Http.PostAsJsonAsync("/mock/clock/advance", new { seconds = (long)by.TotalSeconds });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Moves only one team's clock, as parallel scenarios do.</summary>
    public async Task AdvanceTeamClockAsync(Guid teamId, TimeSpan by)
    {
        var response = await Http.PostAsJsonAsync("/mock/clock/advance", new { seconds = (long)by.TotalSeconds, teamId });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Everything the store holds, as text, to show that a refused request changed nothing.</summary>
    public string Snapshot() => StoreSnapshot.Of(Store);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}

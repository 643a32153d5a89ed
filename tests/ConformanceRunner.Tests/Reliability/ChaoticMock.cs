using System.Net.Http.Json;
using ConformanceRunner.Targets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer;
using MockWireServer.Hosting;
using MockWireServer.Store;

namespace ConformanceRunner.Tests.Reliability;

/// <summary>
/// The mock on a real loopback port (dropped connections are real TCP aborts), used as a live target: a team with an
/// operator token, a second token nobody in the run uses and a user that existed before the run. Set up calm; the
/// test then switches chaos on through <c>PUT /mock/chaos</c>, and off again to look at what is left.
/// </summary>
internal sealed class ChaoticMock : IAsyncDisposable
{
    private static readonly string[] UserSchemas = ["urn:ietf:params:scim:schemas:core:2.0:User"];
    private readonly WebApplication _app;
    private readonly HttpClient _control;

    private ChaoticMock(WebApplication app, Uri root, ReadyTeam.Credentials team, string existingUserId)
    {
        _app = app;
        Root = root;
        Team = team;
        ExistingUserId = existingUserId;
        _control = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }

    public ReadyTeam.Credentials Team { get; }

    /// <summary>The run's token; <see cref="ReadyTeam.Credentials.SamlModeToken"/> is the pre-existing one it must leave alone.</summary>
    public string OperatorToken => Team.EmailModeToken;

    public string ExistingUserId { get; }

    private Team StoredTeam => _app.Services.GetRequiredService<WireStore>().FindTeam(Team.TeamId)!;

    public static async Task<ChaoticMock> StartAsync(MockWireOptions? options = null)
    {
        var app = MockWireApp.Create(options ?? new MockWireOptions(), builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
        var team = app.Services.GetRequiredService<ReadyTeam>().Create();
        using var http = new HttpClient { BaseAddress = root };
        http.DefaultRequestHeaders.Authorization = new("Bearer", team.EmailModeToken);
        using var created = await http.PostAsJsonAsync("scim/v2/Users", new
        {
            schemas = UserSchemas,
            userName = "keeper",
            externalId = "keeper@example.com",
            displayName = "Keeper",
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
        return new ChaoticMock(app, root, team, id);
    }

    /// <summary>The runner's real transport chain (per-attempt timeout, 420/429 retries) with a spy next to the socket.</summary>
    public LiveTargetOptions LiveTarget(TimeSpan requestTimeout, WireSpy spy) =>
        new(new Uri(Root, "scim/v2"), OperatorToken, Admin: new AdminCredentials(Team.AdminEmail, Team.AdminPassword),
            Transport: new RateLimitRetryHandler(requestTimeout) { InnerHandler = new WireSpyHandler(spy) { InnerHandler = new SocketsHttpHandler() } });

    public async Task SetChaosAsync(string chaos)
    {
        using var response = await _control.PutAsJsonAsync("mock/chaos", new { chaos });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What the team holds now, read from the store: the user ids, group ids and token ids.</summary>
    public (IReadOnlyCollection<Guid> Users, IReadOnlyCollection<Guid> Groups, IReadOnlyCollection<Guid> Tokens) Holdings() =>
        (StoredTeam.Users.Keys.ToList(), StoredTeam.Groups.Keys.ToList(), StoredTeam.Tokens.Keys.ToList());

    /// <summary>The handle of every user the mock holds, in any team (scenarios' teams included).</summary>
    public IReadOnlyList<string> HandlesInAnyTeam() =>
        _app.Services.GetRequiredService<WireStore>().Teams.SelectMany(team => team.Users.Values).Select(user => user.Handle).ToList();

    public async Task<int> StatusWithTokenAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await _control.SendAsync(request);
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

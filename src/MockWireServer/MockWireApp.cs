using MockWireServer.Control;
using MockWireServer.Faults;
using MockWireServer.Grading;
using MockWireServer.Hosting;
using MockWireServer.Login;
using MockWireServer.Scim.Discovery;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Groups;
using MockWireServer.Scim.Users;
using MockWireServer.Store;
using MockWireServer.Tokens;
using Microsoft.Extensions.Options;

namespace MockWireServer;

/// <summary>
/// The one way to build the mock: used by <c>Program</c>, by the tests and by the runner's in-memory target
/// (which passes <c>b =&gt; b.WebHost.UseTestServer()</c>).
/// </summary>
public static class MockWireApp
{
    public static WebApplication Create(MockWireOptions? options = null, Action<WebApplicationBuilder>? configureBuilder = null, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });

        // Options: defaults in code, then configuration ("MockWire" section and --MockWire:Key=value), unless the caller
        // passes an instance, which is then used as it is (tests and the runner's in-memory target).
        builder.Services.AddOptions<MockWireOptions>()
            .BindConfiguration(MockWireOptions.Section)
            .Configure(o =>
            {
                if (options is not null)
                {
                    CopyExplicit(options, o);
                }
            })
            .PostConfigure(o =>
            {
                if (!o.ControlTokenGenerated)
                {
                    (o.ControlToken, o.ControlTokenGenerated) = ControlTokenPolicy.Resolve(o.ControlToken, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
                }
            })
            .Validate(o => ClientProfiles.Find(o.ClientProfile) is not null, $"MockWire:ClientProfile must be one of: {string.Join(", ", ClientProfiles.All.Select(p => p.Name))}")
            .ValidateOnStart();

        // State and Wire's rules
        builder.Services.AddSingleton<Faults.BrokenRules>();
        builder.Services.AddSingleton<MockClock>();
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<MockClock>());
        builder.Services.AddSingleton<WireStore>();
        builder.Services.AddSingleton<AccessSessions>();
        builder.Services.AddSingleton<ScimAuthenticator>();
        builder.Services.AddSingleton<TokenCallerResolver>();
        builder.Services.AddSingleton<UserProvisioning>();
        builder.Services.AddSingleton<GroupProvisioning>();
        builder.Services.AddSingleton<TeamProvisioning>();
        builder.Services.AddSingleton<SsoLogin>();
        builder.Services.AddSingleton<InvitationExpiry>();
        builder.Services.AddSingleton<ReadyTeam>();
        builder.Services.AddClientGrading();

        // ASP.NET Core's per-request "Request starting/finished" lines at Information cost a quarter of the CPU under
        // load (issue 11's profile); startup and warnings still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Hosting diagnostics only log per request, which the line above already hides; while its logger is on at all,
        // it still starts an Activity and a log scope for every request (2 % of the CPU under GET load, issue 11).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);

        builder.Services.AddOpenApi();
        builder.Services.AddRouting();
        builder.Services.AddNginzRateLimit();
        builder.Services.AddChaos();
        configureBuilder?.Invoke(builder);

        var app = builder.Build();
        // Grading sees each request as sent (before the version prefix is stripped) and its final status.
        app.UseClientGrading();
        app.UseUnexpectedErrorsAsErrorBodies();
        app.UseApiVersionPrefix();
        app.UseErrorBodiesForEmptyResponses();
        app.UseControlPlaneGuard();
        app.UseChaos();
        app.UseNginzRateLimit();
        app.UseRouting();
        app.UseCaseSensitiveRoutes();

        app.MapScimUsers();
        app.MapScimGroups();
        app.MapScimDiscovery();
        app.MapScimTokens();
        app.MapWireLogin();
        app.MapMockControl();
        app.MapMockFaults();
        app.MapClientReport();
        app.WriteClientReportOnShutdown();
        app.MapOpenApi("/mock/openapi.json");
        return app;
    }

    /// <summary>Copies every property of the instance passed to Create over the bound options.</summary>
    private static void CopyExplicit(MockWireOptions from, MockWireOptions to)
    {
        foreach (var property in typeof(MockWireOptions).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }
}

using MockWireServer;
using MockWireServer.Grading;
using MockWireServer.Hosting;
using Microsoft.Extensions.Options;

// Start: dotnet run --project src/MockWireServer -- --urls http://127.0.0.1:8080 [--MockWire:RateLimit=true ...]
var app = MockWireApp.Create(args: args);
await app.StartAsync();

var ready = app.Services.GetRequiredService<ReadyTeam>().Create();
var address = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5000";
var grader = app.ClientGrader();
var writtenOnExit = grader.ReportDir is { } dir ? $", written to {dir} on exit" : "";
var clientReport = grader.Enabled ? $"{address}/mock/client-report   (profile {grader.Profile.Name}{writtenOnExit})" : "off";
Console.WriteLine($"""
    Mock Wire SCIM server listening on {address}
      SCIM base URL:            {address}/scim/v2   (or {address}/scim for clients that append /v2)
      Team:                     {ready.TeamId}
      Admin:                    {ready.AdminEmail} / {ready.AdminPassword}
      Token (email invitations): {ready.EmailModeToken}
      Token (SAML SSO, IdP {ready.IdpId}): {ready.SamlModeToken}
      Control plane:            {address}/mock   (OpenAPI: {address}/mock/openapi.json)
      Client report:            {clientReport}
    """);

var options = app.Services.GetRequiredService<IOptions<MockWireOptions>>().Value;
if (options.ControlTokenGenerated)
{
    Console.WriteLine($"""
      WARNING: listening beyond loopback without --MockWire:ControlToken; /mock/* now requires the generated token:
      Control token (header X-Mock-Control-Token): {options.ControlToken}
    """);
}
else if (!string.IsNullOrEmpty(options.ControlToken))
{
    Console.WriteLine("  Control plane requires the header X-Mock-Control-Token (--MockWire:ControlToken)");
}

if (!string.IsNullOrEmpty(options.Chaos))
{
    Console.WriteLine($"  Chaos: {options.Chaos}");
}

await app.WaitForShutdownAsync();

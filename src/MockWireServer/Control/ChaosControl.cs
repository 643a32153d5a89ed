using System.Text.Json;
using MockWireServer.Hosting;
using MockWireServer.Login;
using MockWireServer.Scim.Errors;

namespace MockWireServer.Control;

/// <summary>
/// <c>GET/PUT /mock/chaos</c>: the chaos in force, changed without a restart, e.g. calm while a test creates its team
/// and tokens, then faulty while the client under test runs. The text is the <c>--MockWire:Chaos</c> option's.
/// </summary>
public static class ChaosControl
{
    private const string ExpectedBody = "{\"chaos\": \"latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20,seed=42\" | \"off\"}";

    public static RouteGroupBuilder MapChaosControl(this RouteGroupBuilder mock)
    {
        mock.MapGet("/chaos", (ChaosSwitch chaos) => Results.Json(new { chaos = chaos.Current.Settings.Text() }));
        mock.MapPut("/chaos", SetAsync);
        return mock;
    }

    private static async Task<IResult> SetAsync(HttpRequest request, ChaosSwitch chaos)
    {
        if (await WireJsonBody.ReadObjectAsync(request) is not { } body
            || !body.TryGetProperty("chaos", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return WireError.BadRequest("bad-request", $"Expected a JSON body {ExpectedBody}").ToResult();
        }

        var (settings, error) = ChaosSettings.Parse(text.GetString());
        if (error is not null)
        {
            return WireError.BadRequest("bad-request", error).ToResult();
        }

        chaos.Set(settings!);
        return Results.Json(new { chaos = settings!.Text() });
    }
}

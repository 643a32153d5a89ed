using System.Net.Http.Json;
using System.Text.Json;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Hostile;

/// <summary>Inputs the generated requests found answered with a 500 before they were fixed; each stays a named case.</summary>
public sealed class FoundInputsTests
{
    public static TheoryData<string, string, string?, string?> Inputs => new()
    {
        // Content-Type ";" split into no parts (IndexOutOfRangeException)
        { "POST", "/scim/v2/Users", ";", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a.b","externalId":"x"}""" },
        // A version prefix re-decoded the path: %2500 became a NUL (InvalidOperationException)
        { "PUT", "/v8/scim/auth-tokens/a%2500b", "application/json", """{"name":"x"}""" },
        { "GET", "/v8/scim/v2/Users/%2500", null, null },
        // A lone surrogate escape parses but cannot be read as a string (InvalidOperationException)
        { "POST", "/login", "application/json", """{"email":"\udc00","password":"x"}""" },
        { "POST", "/scim/v2/Users", "application/scim+json", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"\ud800","externalId":"x"}""" },
        { "GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString("userName eq \"\\ud800\""), null, null },
        { "PUT", "/mock/teams/{team}/features/validateSAMLemails", "application/json", """{"status":"\ude00\ud83d"}""" },
        // Non-string values where the control plane read a string (InvalidOperationException)
        { "POST", "/mock/clock/advance", "application/json", """{"seconds":0,"teamId":1.5}""" },
        { "PUT", "/mock/teams/{team}/features/validateSAMLemails", "application/json", """{"status":1}""" },
        { "POST", "/mock/teams/{team}/sso-login", "application/json", """{"idpId":[],"nameId":"n"}""" },
        // A body that is not an object, or a lone surrogate, on the client-report writer (InvalidOperationException)
        { "POST", "/mock/client-report/write", "application/json", "\"../../etc/passwd\"" },
        { "POST", "/mock/client-report/write", "application/json", """{"\ud800":0}""" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_once_crashing_input_is_refused_with_a_4xx_and_changes_nothing(string method, string path, string? contentType, string? body)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var before = wire.Snapshot();

        var response = await scim.SendRawAsync(new HttpMethod(method), path.Replace("{team}", scim.Team.TeamId.ToString(), StringComparison.Ordinal), body, contentType);

        response.Code.Should().BeInRange(400, 499, response.Body);
        response.Json.ValueKind.Should().Be(JsonValueKind.Object);
        wire.Snapshot().Should().Be(before);
    }
}

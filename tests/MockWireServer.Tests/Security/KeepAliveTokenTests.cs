using System.Net;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Security;

/// <summary>
/// On a keep-alive connection the mock remembers the token the connection proved (no SHA-512 per request); the team's
/// token list still decides every request.
/// </summary>
public sealed class KeepAliveTokenTests
{
    [Fact]
    public async Task A_token_deleted_between_two_requests_on_one_connection_is_refused_at_once()
    {
        await using var wire = await MockWireHost.StartOnLoopbackAsync();
        var team = await wire.CreateTeamAsync();
        var created = await team.CreateTokenAsync();
        var scim = wire.Scim(created.Json.GetProperty("token").GetString()!);
        (await scim.FilterUsersAsync("userName eq \"nobody\"")).Status.Should().Be(HttpStatusCode.OK);
        (await scim.FilterUsersAsync("userName eq \"nobody\"")).Status.Should().Be(HttpStatusCode.OK);

        var tokenId = created.Json.GetProperty("info").GetProperty("id").GetString();
        (await team.TokenApiAsync(HttpMethod.Delete, await team.LoginAsync(), query: $"?id={tokenId}")).Status.Should().Be(HttpStatusCode.NoContent);

        var refused = await scim.FilterUsersAsync("userName eq \"nobody\"");
        refused.Status.Should().Be(HttpStatusCode.Unauthorized);
        refused.Body.Should().Contain("Invalid SCIM token");
    }

    [Fact]
    public async Task Another_token_on_the_same_connection_is_checked_on_its_own()
    {
        await using var wire = await MockWireHost.StartOnLoopbackAsync();
        var mine = await (await wire.CreateTeamAsync()).ScimAsync();
        (await mine.FilterUsersAsync("userName eq \"nobody\"")).Status.Should().Be(HttpStatusCode.OK);

        var forged = wire.Scim(mine.Token![..^2] + (mine.Token[^2] == 'A' ? "B=" : "A="));
        var refused = await forged.FilterUsersAsync("userName eq \"nobody\"");

        refused.Status.Should().Be(HttpStatusCode.Unauthorized);
        (await mine.FilterUsersAsync("userName eq \"nobody\"")).Status.Should().Be(HttpStatusCode.OK);
    }
}

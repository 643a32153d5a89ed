using HostileRequests;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Security;

/// <summary>
/// A team's credential never reads, lists, changes or deletes another team's data: every SCIM and token route of the
/// routing table, with the caller's own credential, aimed at the other team's ids and names.
/// </summary>
public sealed class CrossTeamTests
{
    public static TheoryData<string> Routes()
    {
        var app = MockWireApp.Create(new MockWireOptions(), b => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(b.WebHost));
        return [.. MockRoute.All(app).Where(r => r.NeedsScimToken || r.NeedsAccessToken).Select(r => r.ToString())];
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_request_aimed_at_another_teams_data_neither_reveals_nor_changes_it(string route)
    {
        await using var wire = await MockWireHost.StartAsync();
        var known = await HostileWorld.SeedAsync(wire.Http);
        var target = MockRoute.All(wire.Endpoints).Single(r => r.ToString() == route);
        var aimed = known with { UserId = known.OtherUserId, GroupId = known.OtherGroupId, TokenId = known.OtherTokenId, TeamId = known.OtherTeamId, IdpId = known.OtherIdpId };
        var otherTeam = wire.Store.FindTeam(known.OtherTeamId)!;
        var before = StoreSnapshot.OfTeam(otherTeam);

        foreach (var version in new[] { "", "/v8" })
        {
            var path = version + target.Template.Replace("{id}", target.NeedsAccessToken ? "{{TOKEN_ID}}" : target.Template.Contains("Groups", StringComparison.Ordinal) ? "{{GROUP_ID}}" : "{{USER_ID}}", StringComparison.Ordinal)
                + Query(target, known);
            var request = new HostileRequest(target, target.Method, path, Headers(target), target.Method is "GET" or "DELETE" ? null : HostileJson.ValidBody(target), null, Credential.ScimToken);
            using var message = request.ToMessage(aimed);
            using var response = await wire.Http.SendAsync(message, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            body.Should().NotContain(known.OtherUserName).And.NotContain(known.OtherGroupName).And.NotContain(known.OtherTokenId.ToString(), $"{request.Method} {path} answered {(int)response.StatusCode}");
            StoreSnapshot.OfTeam(otherTeam).Should().Be(before, $"{request.Method} {path} answered {(int)response.StatusCode} {body}");
        }
    }

    private static string Query(MockRoute route, KnownValues known) => route switch
    {
        { Method: "GET", Template: "/scim/v2/Users" } => "?filter=" + Uri.EscapeDataString($"userName eq \"{known.OtherUserName}\""),
        { Method: "GET", Template: "/scim/v2/Groups" } => "?filter=" + Uri.EscapeDataString($"displayName co \"{known.OtherGroupName}\""),
        { Method: "DELETE", Template: "/scim/auth-tokens" } => "?id={{TOKEN_ID}}",
        _ => "",
    };

    private static KeyValuePair<string, string>[] Headers(MockRoute route) =>
    [
        new("Authorization", route.NeedsAccessToken ? "Bearer {{ACCESS_TOKEN}}" : "Bearer {{SCIM_TOKEN}}"),
        new("Content-Type", "application/scim+json"),
    ];
}

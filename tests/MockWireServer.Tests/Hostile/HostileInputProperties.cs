using FsCheck;
using FsCheck.Fluent;
using HostileRequests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Hostile;

/// <summary>
/// Generated malformed and adversarial requests (issue 12) on every route of the mock's routing table: never a 5xx,
/// always a well-formed SCIM error under /scim/v2 and Wire's error elsewhere, no success without the route's
/// credential, and a refused request leaves the store as it was.
/// </summary>
public sealed class HostileInputProperties
{
    /// <summary>The routing table of a built (not started) mock: a new endpoint gets its own test case here.</summary>
    public static TheoryData<string> Routes()
    {
        var app = MockWireApp.Create(new MockWireOptions(), b => b.WebHost.UseTestServer());
        return [.. MockRoute.All(app).Select(r => r.ToString())];
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Hostile_requests_to_a_route_get_a_well_formed_error_or_success_and_refusals_change_nothing(string route)
    {
        await using var wire = await MockWireHost.StartAsync();
        var target = MockRoute.All(wire.Endpoints).Single(r => r.ToString() == route);

        var sent = await RunAsync(wire, HostileRequestGen.For(target), HostileIterations.PerRoute);

        sent.Should().Be(HostileIterations.PerRoute);
    }

    [Fact]
    public async Task Hostile_requests_across_the_whole_route_table_on_one_mock_keep_every_rule()
    {
        await using var wire = await MockWireHost.StartAsync();

        var sent = await RunAsync(wire, HostileRequestGen.ForAny(MockRoute.All(wire.Endpoints)), HostileIterations.Mixed);

        sent.Should().Be(HostileIterations.Mixed);
    }

    [Fact]
    public void The_route_table_holds_every_resource_of_the_mock()
    {
        var routes = Routes().Select(r => r.Data).ToList();

        routes.Should().Contain(["POST /scim/v2/Users", "PATCH /scim/v2/Users/{id}", "GET /scim/v2/Groups", "DELETE /scim/auth-tokens", "POST /login", "POST /mock/reset", "GET /scim/v2/Schemas/{uri}"]);
    }

    /// <summary>One FsCheck property over the generator; the failing request and answer are in the exception.</summary>
    private static async Task<int> RunAsync(MockWireHost wire, Gen<HostileRequest> generator, int iterations)
    {
        var arena = await HostileArena.StartAsync(wire);
        var property = Prop.ForAll(Arb.From(generator), request => Task.Run(() => arena.CheckAsync(request)).GetAwaiter().GetResult());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(iterations).WithQuietOnSuccess(true), property);
        return arena.Sent + arena.Untransportable;
    }
}

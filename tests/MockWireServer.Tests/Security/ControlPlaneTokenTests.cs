using HostileRequests;
using Microsoft.Extensions.DependencyInjection;
using MockWireServer.Control;
using MockWireServer.Hosting;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Security;

/// <summary>The control plane behind <c>MockWire:ControlToken</c> (header <c>X-Mock-Control-Token</c>), route by route.</summary>
public sealed class ControlPlaneTokenTests
{
    private const string ControlToken = "control-secret-for-tests";

    [Fact]
    public async Task With_a_control_token_every_mock_route_refuses_a_request_without_it_or_with_another_and_changes_nothing()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ControlToken = ControlToken);
        var ready = wire.Services.GetRequiredService<ReadyTeam>().Create();
        var routes = MockRoute.All(wire.Endpoints).Where(r => r.IsControlPlane).ToList();
        var before = wire.Snapshot();

        routes.Should().HaveCountGreaterThan(8);
        foreach (var route in routes)
        {
            var path = route.Template.Replace("{teamId}", ready.TeamId.ToString(), StringComparison.Ordinal)
                .Replace("{userId}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{code}", "code", StringComparison.Ordinal);
            foreach (var (header, label) in new[] { ((string?)null, "missing-control-token"), ("wrong", "invalid-control-token"), (ControlToken + " ", "invalid-control-token") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
                if (header is not null)
                {
                    request.Headers.TryAddWithoutValidation(ControlPlaneGuard.Header, header);
                }

                var response = await ApiResponse.ReadAsync(await wire.Http.SendAsync(request, TestContext.Current.CancellationToken));
                response.ShouldBeWireError(401, label);
            }
        }

        wire.Snapshot().Should().Be(before);
    }

    [Fact]
    public async Task With_the_control_token_the_control_plane_works_and_scim_does_not_need_it()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.ControlToken = ControlToken);
        wire.Http.DefaultRequestHeaders.Add(ControlPlaneGuard.Header, ControlToken);
        var scim = await wire.SamlModeAsync();
        wire.Http.DefaultRequestHeaders.Remove(ControlPlaneGuard.Header);

        (await scim.PostUserAsync(UserBodies.SamlMode())).Code.Should().Be(201);
        (await wire.Http.PostAsync("/mock/reset", null, TestContext.Current.CancellationToken)).StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("http://127.0.0.1:8080", false)]
    [InlineData("http://localhost:8080;https://[::1]:8443", false)]
    [InlineData("http://0.0.0.0:8080", true)]
    [InlineData("http://*:8080", true)]
    [InlineData("http://+:80", true)]
    [InlineData("http://127.0.0.1:8080;http://192.168.1.20:8080", true)]
    [InlineData("http://mock.example:8080", true)]
    public void A_token_is_generated_only_when_the_mock_listens_beyond_loopback_and_none_is_set(string? urls, bool generated)
    {
        var (token, wasGenerated) = ControlTokenPolicy.Resolve(null, urls);

        wasGenerated.Should().Be(generated);
        (token is not null).Should().Be(generated);
        ControlTokenPolicy.Resolve("mine", urls).Should().Be(("mine", false));
    }
}

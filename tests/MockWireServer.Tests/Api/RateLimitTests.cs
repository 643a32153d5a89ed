using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>nginz's per-client limit on /scim/v2, answered with HTTP 420 (wire-scim.md §10.5).</summary>
public sealed class RateLimitTests
{
    private const int MaxAttempts = 200;

    [Fact]
    public async Task With_emulation_on_an_exhausted_burst_is_answered_420()
    {
        await using var wire = await MockWireHost.StartAsync(o =>
        {
            o.RateLimit = true;
            o.RateLimitBurst = 3;
            o.RateLimitPerSecond = 1;
        });
        var scim = wire.Scim(token: null);

        ApiResponse? limited = null;
        var passed = 0;
        for (var i = 0; i < MaxAttempts && limited is null; i++)
        {
            var response = await scim.SendAsync(HttpMethod.Get, "/ServiceProviderConfig");
            if (response.Code == 420)
            {
                limited = response;
            }
            else
            {
                passed++;
            }
        }

        passed.Should().BeGreaterThanOrEqualTo(3, "the burst passes");
        limited.Should().NotBeNull("requests beyond the burst are limited");
        limited!.ShouldBeWireError(420, "client-error");
    }

    [Fact]
    public async Task The_token_api_and_control_plane_are_not_limited_by_the_scim_zone()
    {
        await using var wire = await MockWireHost.StartAsync(o =>
        {
            o.RateLimit = true;
            o.RateLimitBurst = 1;
            o.RateLimitPerSecond = 1;
        });
        var team = await wire.CreateTeamAsync();
        var session = await team.LoginAsync();

        for (var i = 0; i < 5; i++)
        {
            (await team.TokenApiAsync(HttpMethod.Get, session)).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task Without_emulation_nothing_is_limited()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = wire.Scim(token: null);

        for (var i = 0; i < 60; i++)
        {
            (await scim.SendAsync(HttpMethod.Get, "/ServiceProviderConfig")).Code.Should().Be(200);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockWireServer.Hosting;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api;

/// <summary>The chaos option (<c>--MockWire:Chaos=…</c>): a faulty server for testing clients, never the control plane.</summary>
public sealed class ChaosTests
{
    [Theory]
    [InlineData("latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20", 50, 0.05, 0.01, 20)]
    [InlineData("latency=2s", 2000, 0, 0, null)]
    [InlineData(" error-rate = 1 , seed=7", 0, 1, 0, null)]
    [InlineData("", 0, 0, 0, null)]
    public void Settings_are_read_from_the_option_text(string text, int latencyMs, double errors, double drops, int? limit)
    {
        var (settings, error) = ChaosSettings.Parse(text);

        error.Should().BeNull();
        settings!.Latency.Should().Be(TimeSpan.FromMilliseconds(latencyMs));
        settings.ErrorRate.Should().Be(errors);
        settings.DropRate.Should().Be(drops);
        settings.RateLimitPerSecond.Should().Be(limit);
    }

    [Theory]
    [InlineData("latency=fast")]
    [InlineData("error-rate=1.5")]
    [InlineData("drop=-0.1")]
    [InlineData("rate-limit=0")]
    [InlineData("explode=1")]
    public void A_bad_setting_is_refused_with_the_accepted_forms(string text) =>
        ChaosSettings.Parse(text).Error.Should().Contain(text).And.Contain("latency=50ms");

    [Fact]
    public async Task A_bad_setting_stops_the_mock_from_starting()
    {
        var start = () => MockWireHost.StartAsync(o => o.Chaos = "error-rate=2");

        await start.Should().ThrowAsync<ArgumentException>().WithMessage("*error-rate=2*");
    }

    [Fact]
    public async Task Error_rate_one_answers_every_scim_request_with_a_well_formed_500_and_spares_the_control_plane()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.Chaos = "error-rate=1");
        var team = await wire.CreateTeamAsync();

        var response = await wire.Scim("anything").GetUserAsync(Guid.NewGuid().ToString());

        response.ShouldBeScimError(500, null).Detail.Should().Contain("Chaos");
        (await wire.Http.GetAsync($"/mock/teams/{team.TeamId}/outbox", TestContext.Current.CancellationToken)).IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task Drop_one_aborts_every_connection()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.Chaos = "drop=1");

        var send = () => wire.Scim("anything").GetUserAsync(Guid.NewGuid().ToString());

        await send.Should().ThrowAsync<Exception>();
    }

    [Fact]
    public async Task The_rate_limit_answers_429_with_retry_after_beyond_the_limit()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.Chaos = "rate-limit=3");

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await wire.Http.GetAsync("/scim/v2/ServiceProviderConfig", TestContext.Current.CancellationToken));
        }

        responses.Count(r => (int)r.StatusCode == 429).Should().BeGreaterThanOrEqualTo(2);
        responses.Where(r => (int)r.StatusCode == 429).Should().AllSatisfy(r => r.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1)));
        responses.ForEach(r => r.Dispose());
    }

    [Theory]
    [InlineData("latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20,seed=42")]
    [InlineData("latency=1500ms")]
    [InlineData("off")]
    public void The_settings_text_reads_back_as_the_same_settings(string text)
    {
        var settings = ChaosSettings.Parse(text).Settings!;

        settings.Text().Should().Be(text);
        ChaosSettings.Parse(settings.Text()).Settings.Should().Be(settings);
    }

    [Fact]
    public async Task Chaos_is_switched_on_and_off_at_run_time_through_the_control_plane()
    {
        await using var wire = await MockWireHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        using var on = await wire.Http.PutAsJsonAsync("/mock/chaos", new { chaos = "error-rate=1" }, ct);
        (await on.Content.ReadFromJsonAsync<JsonObject>(ct))!["chaos"]!.GetValue<string>().Should().Be("error-rate=1");
        (await wire.Http.GetAsync("/scim/v2/ServiceProviderConfig", ct)).StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await wire.Http.GetFromJsonAsync<JsonObject>("/mock/chaos", ct))!["chaos"]!.GetValue<string>().Should().Be("error-rate=1");

        using var off = await wire.Http.PutAsJsonAsync("/mock/chaos", new { chaos = "off" }, ct);
        off.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wire.Http.GetAsync("/scim/v2/ServiceProviderConfig", ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"chaos\":\"error-rate=2\"}", "error-rate=2")]
    [InlineData("{\"chaos\":1}", "Expected a JSON body")]
    [InlineData("{}", "Expected a JSON body")]
    public async Task A_bad_chaos_setting_is_refused_and_the_chaos_in_force_stays(string body, string message)
    {
        await using var wire = await MockWireHost.StartAsync(o => o.Chaos = "latency=1ms");
        var ct = TestContext.Current.CancellationToken;

        using var response = await wire.Http.PutAsync("/mock/chaos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["message"]!.GetValue<string>().Should().Contain(message);
        (await wire.Http.GetFromJsonAsync<JsonObject>("/mock/chaos", ct))!["chaos"]!.GetValue<string>().Should().Be("latency=1ms");
    }

    [Fact]
    public async Task Latency_delays_every_answer()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.Chaos = "latency=150ms");
        var clock = Stopwatch.StartNew();

        using var response = await wire.Http.GetAsync("/scim/v2/ServiceProviderConfig", TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.Should().BeTrue();
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140));
    }
}

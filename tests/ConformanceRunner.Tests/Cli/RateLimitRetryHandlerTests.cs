using System.Net;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Cli;

public sealed class RateLimitRetryHandlerTests
{
    [Theory]
    [InlineData(420)]
    [InlineData(429)]
    public async Task A_rate_limited_request_is_sent_again_after_Retry_After(int status)
    {
        var server = new ScriptedServer((HttpStatusCode)status, HttpStatusCode.Created);
        using var client = new HttpClient(new RateLimitRetryHandler(TimeSpan.FromSeconds(5)) { InnerHandler = server });

        using var response = await client.PostAsync("http://scim.test/scim/v2/Users", new StringContent("""{"userName":"jane"}"""), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        server.Bodies.Should().Equal("""{"userName":"jane"}""", """{"userName":"jane"}""");
    }

    [Fact]
    public async Task Retries_stop_when_the_server_asks_for_a_longer_wait_than_allowed()
    {
        var server = new ScriptedServer((HttpStatusCode)420, (HttpStatusCode)420) { RetryAfter = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(new RateLimitRetryHandler(TimeSpan.FromSeconds(5), maxWait: TimeSpan.FromSeconds(1)) { InnerHandler = server });

        using var response = await client.GetAsync("http://scim.test/scim/v2/Users", TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(420);
        server.Bodies.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_request_without_an_answer_times_out_with_a_readable_message()
    {
        var server = new ScriptedServer(HttpStatusCode.OK) { Delay = TimeSpan.FromSeconds(30) };
        using var client = new HttpClient(new RateLimitRetryHandler(TimeSpan.FromMilliseconds(100)) { InnerHandler = server });

        var send = () => client.GetAsync("http://scim.test/scim/v2/Users", TestContext.Current.CancellationToken);

        (await send.Should().ThrowAsync<TimeoutException>()).WithMessage("GET http://scim.test/scim/v2/Users got no answer within 0 s");
    }

    private sealed class ScriptedServer(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        private int _next;

        public List<string> Bodies { get; } = [];

        public TimeSpan RetryAfter { get; init; } = TimeSpan.FromMilliseconds(10);

        public TimeSpan Delay { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Delay, cancellationToken);
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            var response = new HttpResponseMessage(statuses[Math.Min(_next++, statuses.Length - 1)]);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(RetryAfter);
            return response;
        }
    }
}

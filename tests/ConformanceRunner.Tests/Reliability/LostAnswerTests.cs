using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;
using ConformanceRunner.Tests.Targets;

namespace ConformanceRunner.Tests.Reliability;

/// <summary>
/// A server may commit a creation and then fail to answer. The runner cannot know the id, but the userName it sent is
/// unique to the scenario, so cleanup finds the user by it and deletes it.
/// </summary>
public sealed class LostAnswerTests
{
    [Fact]
    public async Task A_user_created_by_a_request_whose_answer_was_lost_is_found_by_its_userName_and_deleted()
    {
        await using var server = await MockOverHttp.StartAsync();
        using var features = new TemporaryFeatures().With("one.feature", ChaosFeatures.OneUser);
        var transport = new LoseFirstUserCreationAnswer { InnerHandler = server.CreateHandler() };

        await using (var target = new LiveTarget(new LiveTargetOptions(new Uri("http://localhost/scim/v2"), server.ScimToken, Transport: transport)))
        {
            await using var run = await ConformanceRun.StartAsync(target, new RunSettings { Parallelism = 1 }, cancellationToken: TestContext.Current.CancellationToken);
            var result = (await run.RunAllAsync(FeatureLoader.LoadScenarios(features.Root), cancellationToken: TestContext.Current.CancellationToken)).Single();
            result.Outcome.Status.Should().Be(ScenarioStatus.Failed);
            result.Outcome.Message.Should().Contain("dropped connection");
        }

        transport.CreatedId.Should().NotBeNull("the server did create the user");
        (await server.StatusOfAsync($"/scim/v2/Users/{transport.CreatedId}")).Should().Be(404, "cleanup found it by its userName and deleted it");
    }

    /// <summary>Lets the first POST /Users reach the server, then throws its answer away like a dropped connection.</summary>
    private sealed class LoseFirstUserCreationAnswer : DelegatingHandler
    {
        private int _lost;

        public string? CreatedId { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/scim/v2/Users" && Interlocked.Exchange(ref _lost, 1) == 0)
            {
                CreatedId = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["id"]!.GetValue<string>();
                response.Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            }

            return response;
        }
    }
}

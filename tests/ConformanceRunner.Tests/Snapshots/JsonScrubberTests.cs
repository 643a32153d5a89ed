using System.Text.Json.Nodes;
using ConformanceRunner.Snapshots;

namespace ConformanceRunner.Tests.Snapshots;

public sealed class JsonScrubberTests
{
    private static JsonNode Scrub(string json, params string[] generated) =>
        new JsonScrubber(new ScrubCounters(), generated).Scrub(JsonNode.Parse(json))!;

    [Fact]
    public void The_same_id_gets_the_same_placeholder_and_another_id_the_next_one()
    {
        var scrubbed = Scrub("""
            {"id":"6f1c1d2e-0000-4000-8000-000000000001",
             "members":[{"value":"6F1C1D2E-0000-4000-8000-000000000001"},{"value":"0b7e9a55-0000-4000-8000-000000000002"}]}
            """);

        scrubbed["id"]!.GetValue<string>().Should().Be("Id_1");
        scrubbed["members"]![0]!["value"]!.GetValue<string>().Should().Be("Id_1");
        scrubbed["members"]![1]!["value"]!.GetValue<string>().Should().Be("Id_2");
    }

    [Fact]
    public void Timestamps_versions_tokens_and_origins_are_scrubbed()
    {
        var scrubbed = Scrub("""
            {"meta":{"created":"2026-11-25T19:00:00.123Z","lastModified":"2026-11-25T19:00:00.123Z",
                     "version":"W/\"abc\"","location":"https://staging.example.com:8443/scim/v2/Users/6f1c1d2e-0000-4000-8000-000000000001"},
             "token":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}
            """);

        scrubbed["meta"]!["created"]!.GetValue<string>().Should().Be("Timestamp_1");
        scrubbed["meta"]!["lastModified"]!.GetValue<string>().Should().Be("Timestamp_1");
        scrubbed["meta"]!["version"]!.GetValue<string>().Should().Be("Version_1");
        scrubbed["meta"]!["location"]!.GetValue<string>().Should().Be("{origin}/scim/v2/Users/Id_1");
        scrubbed["token"]!.GetValue<string>().Should().Be("Token_1");
    }

    [Fact]
    public void Generated_values_are_scrubbed_wherever_they_appear()
    {
        var scrubbed = Scrub("""{"displayName":"Ada Lovelace","externalId":"ada.k2@example.com","emails":[{"value":"ada.k2@example.com"}]}""",
            "Ada Lovelace", "ada.k2@example.com");

        scrubbed["displayName"]!.GetValue<string>().Should().Be("Generated_1");
        scrubbed["externalId"]!.GetValue<string>().Should().Be("Generated_2");
        scrubbed["emails"]![0]!["value"]!.GetValue<string>().Should().Be("Generated_2");
    }

    [Theory]
    [InlineData("""{"userName":"jane.doe","active":true,"roles":[{"value":"member"}]}""")]
    [InlineData("""{"specUri":"https://tools.ietf.org/html/rfc7617"}""")]
    public void Stable_values_and_external_links_are_kept(string json) =>
        Scrub(json).ToJsonString().Should().Be(json);
}

using System.Text.Json.Nodes;
using ConformanceRunner.Snapshots;

namespace ConformanceRunner.Tests.Snapshots;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Arrays_compare_as_sets_and_keys_in_any_order()
    {
        var left = JsonNode.Parse("""{"schemas":["a","b"],"emails":[{"value":"x","type":"work"},{"value":"y"}]}""");
        var right = JsonNode.Parse("""{"emails":[{"value":"y"},{"type":"work","value":"x"}],"schemas":["b","a"]}""");

        CanonicalJson.AreEquivalent(left, right).Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"schemas":["a","b"]}""", """{"schemas":["a","c"]}""")]
    [InlineData("""{"schemas":["a","a"]}""", """{"schemas":["a"]}""")]
    [InlineData("""{"active":true}""", """{"active":"true"}""")]
    public void Different_content_is_not_equivalent(string left, string right) =>
        CanonicalJson.AreEquivalent(JsonNode.Parse(left), JsonNode.Parse(right)).Should().BeFalse();
}

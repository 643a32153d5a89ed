using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Scim;

/// <summary>Listing groups: <c>displayName co</c> and 1-based pagination (wire-scim.md §1.4, §10.1).</summary>
public sealed class GroupListTests
{
    private static async Task<(MockWireHost Wire, ScimClient Scim)> FiveGroupsAsync()
    {
        var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        foreach (var name in new[] { "Sales EMEA", "Sales US", "Engineering", "Support", "Marketing" })
        {
            (await scim.SendAsync(HttpMethod.Post, "/Groups", GroupBodies.Group(name))).Code.Should().Be(201);
        }

        return (wire, scim);
    }

    private static int Int(ApiResponse r, string key) => r.Json.GetProperty(key).GetInt32();

    [Fact]
    public async Task Display_name_co_filters_by_substring()
    {
        var (wire, scim) = await FiveGroupsAsync();
        await using var _ = wire;

        var response = await scim.SendAsync(HttpMethod.Get, $"/Groups?filter={Uri.EscapeDataString("displayName co \"Sales\"")}");

        response.Json.GetProperty("Resources").EnumerateArray().Select(g => g.GetProperty("displayName").GetString())
            .Should().BeEquivalentTo(["Sales EMEA", "Sales US"]);
        Int(response, "totalResults").Should().Be(2);
    }

    [Theory]
    [InlineData("", 5, 5, 1)]
    [InlineData("?startIndex=2&count=2", 5, 2, 2)]
    [InlineData("?startIndex=5&count=10", 5, 1, 5)]
    [InlineData("?startIndex=0&count=3", 5, 3, 1)]
    [InlineData("?startIndex=-4", 5, 5, 1)]
    [InlineData("?count=-1", 5, 0, 1)]
    [InlineData("?startIndex=9", 5, 0, 9)]
    public async Task Pagination_is_one_based_and_echoes_the_start_index(string query, int total, int perPage, int startIndex)
    {
        var (wire, scim) = await FiveGroupsAsync();
        await using var _ = wire;

        var response = await scim.SendAsync(HttpMethod.Get, "/Groups" + query);

        Int(response, "totalResults").Should().Be(total);
        Int(response, "itemsPerPage").Should().Be(perPage);
        response.Json.GetProperty("Resources").GetArrayLength().Should().Be(perPage);
        Int(response, "startIndex").Should().Be(startIndex);
    }

    [Theory]
    [InlineData("displayName eq \"Sales US\"")]
    [InlineData("externalId co \"x\"")]
    public async Task Any_other_filter_is_an_invalid_filter_error_where_wire_would_fail(string filter)
    {
        var (wire, scim) = await FiveGroupsAsync();
        await using var _ = wire;

        var response = await scim.SendAsync(HttpMethod.Get, $"/Groups?filter={Uri.EscapeDataString(filter)}");

        response.ShouldBeScimError(400, "invalidFilter");
    }

    [Fact]
    public async Task Another_teams_groups_are_not_listed()
    {
        var (wire, _) = await FiveGroupsAsync();
        await using var __ = wire;
        var stranger = await wire.SamlModeAsync();

        var response = await stranger.SendAsync(HttpMethod.Get, "/Groups");

        Int(response, "totalResults").Should().Be(0);
    }
}

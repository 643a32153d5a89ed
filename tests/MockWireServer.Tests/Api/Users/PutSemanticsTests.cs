using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>PUT is a full replace with Wire's defaults; meta.version is content-derived (wire-scim.md §9.1, §10.3).</summary>
public sealed class PutSemanticsTests
{
    private static string Meta(ApiResponse user, string key) => user.Json.GetProperty("meta").GetProperty(key).GetString()!;

    [Fact]
    public async Task A_put_without_effective_change_keeps_version_and_last_modified()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        await wire.AdvanceClockAsync(TimeSpan.FromMinutes(5));

        var replaced = await scim.PutUserAsync(created.Id, body);

        replaced.Code.Should().Be(200);
        replaced.Body.Should().Be(created.Body);
    }

    [Fact]
    public async Task A_patch_with_no_operations_changes_nothing()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());
        await wire.AdvanceClockAsync(TimeSpan.FromMinutes(5));

        var patched = await scim.PatchUserAsync(created.Id);

        patched.Body.Should().Be(created.Body);
    }

    [Fact]
    public async Task A_real_change_gives_a_new_version_and_last_modified_but_keeps_created_and_location()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        await wire.AdvanceClockAsync(TimeSpan.FromMinutes(5));

        var replaced = await scim.PutUserAsync(created.Id, body.With("displayName", "Changed Name"));

        Meta(replaced, "version").Should().NotBe(Meta(created, "version"));
        DateTimeOffset.Parse(Meta(replaced, "lastModified"), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.Parse(Meta(created, "lastModified"), System.Globalization.CultureInfo.InvariantCulture).AddMinutes(5), TimeSpan.FromSeconds(30));
        Meta(replaced, "created").Should().Be(Meta(created, "created"));
        Meta(replaced, "location").Should().Be(Meta(created, "location"));
        Meta(replaced, "resourceType").Should().Be("User");
    }

    [Fact]
    public async Task Identical_content_gives_an_identical_version()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);

        await scim.PutUserAsync(created.Id, body.DeepClone().AsObject().With("displayName", "Temporary"));
        var back = await scim.PutUserAsync(created.Id, body);

        Meta(back, "version").Should().Be(Meta(created, "version"));
    }

    [Fact]
    public async Task A_put_that_omits_roles_keeps_the_current_role()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body.DeepClone().AsObject().With("roles", new JsonArray("admin")));

        var omitted = await scim.PutUserAsync(created.Id, body);
        var empty = await scim.PutUserAsync(created.Id, body.With("roles", new JsonArray()));

        omitted.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"admin"}]""");
        empty.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"admin"}]""");
    }

    [Fact]
    public async Task A_put_that_omits_the_name_falls_back_and_one_that_omits_emails_drops_them()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With("emails", new JsonArray(new JsonObject { ["value"] = "gone@corp.example" }));
        var created = await scim.CreateUserAsync(body);

        var replaced = await scim.PutUserAsync(created.Id, body.Without("displayName").Without("emails"));

        replaced.Json.GetProperty("displayName").GetString().Should().Be(body["externalId"]!.GetValue<string>());
        replaced.Json.TryGetProperty("emails", out _).Should().BeFalse();
    }

    [Fact]
    public async Task If_match_is_ignored()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/scim/v2/Users/{created.Id}")
        {
            Content = new StringContent(body.With("displayName", "Stale ETag").ToJsonString(), System.Text.Encoding.UTF8, "application/scim+json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + scim.Token);
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"0000\"");

        using var response = await wire.Http.SendAsync(request, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().Be(200);
    }
}

using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>DELETE is idempotent since Wire 5.4.0 and frees everything for re-use (wire-scim.md §10.4, §14.6).</summary>
public sealed class DeleteTests
{
    [Fact]
    public async Task Deleting_twice_is_204_both_times_and_the_user_is_gone()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var first = await scim.DeleteUserAsync(created.Id);
        var second = await scim.DeleteUserAsync(created.Id);

        first.Code.Should().Be(204);
        first.Body.Should().BeEmpty();
        second.Code.Should().Be(204);
        (await scim.GetUserAsync(created.Id)).ShouldBeScimError(404, null).Detail.Should().Be($"User {created.Id} not found");
    }

    [Fact]
    public async Task Deleting_an_unknown_user_is_204()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        (await scim.DeleteUserAsync(Guid.NewGuid().ToString())).Code.Should().Be(204);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_deleted_users_handle_external_id_and_email_can_be_posted_again(bool saml)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = saml ? await wire.SamlModeAsync() : await wire.EmailModeAsync();
        var body = saml ? UserBodies.SamlMode() : UserBodies.EmailMode();
        var created = await scim.CreateUserAsync(body);
        await scim.DeleteUserAsync(created.Id);

        var again = await scim.PostUserAsync(body);

        again.Code.Should().Be(201);
        again.Id.Should().NotBe(created.Id);
    }

    [Fact]
    public async Task Deleting_without_a_token_is_401_and_keeps_the_user()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.SamlMode());

        var response = await wire.Scim(token: null).DeleteUserAsync(created.Id);

        response.ShouldBeScimError(401, null).Detail.Should().Be("authorization failed: Token not provided");
        (await scim.GetUserAsync(created.Id)).Code.Should().Be(200);
    }

    [Fact]
    public async Task Delete_on_the_collection_is_405()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.SendAsync(HttpMethod.Delete, "/Users");

        response.ShouldBeScimError(405, null);
    }

    [Fact]
    public async Task A_deleted_user_leaves_the_groups_it_was_in()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var user = await scim.CreateUserAsync(UserBodies.SamlMode());
        var group = await scim.SendAsync(HttpMethod.Post, "/Groups", GroupBodies.Group("Team A", user.Id));

        await scim.DeleteUserAsync(user.Id);

        (await scim.SendAsync(HttpMethod.Get, $"/Groups/{group.Id}")).Json.GetProperty("members").GetArrayLength().Should().Be(0);
    }
}

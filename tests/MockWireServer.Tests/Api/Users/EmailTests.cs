using System.Text.Json.Nodes;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>emails: one kept address, metadata echoed verbatim, at most one primary, SAML verification mails (wire-scim.md §6.1, §8.4, §14.4).</summary>
public sealed class EmailTests
{
    private static JsonObject Email(string value, string? type = null, bool? primary = null)
    {
        var email = new JsonObject { ["value"] = value };
        if (type is not null)
        {
            email["type"] = type;
        }

        if (primary is not null)
        {
            email["primary"] = primary;
        }

        return email;
    }

    [Fact]
    public async Task Type_and_primary_are_echoed_as_sent_and_nothing_is_synthesized()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var withMeta = await scim.CreateUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email("a@corp.example", "home", true))));
        var bare = await scim.CreateUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email("b@corp.example"))));

        withMeta.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"a@corp.example","type":"home","primary":true}]""");
        bare.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"b@corp.example"}]""");
    }

    [Fact]
    public async Task Only_the_primary_entry_is_kept_else_the_first()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var primary = await scim.CreateUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email("first@corp.example"), Email("second@corp.example", primary: true))));
        var first = await scim.CreateUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email("one@corp.example"), Email("two@corp.example"))));

        primary.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"second@corp.example","primary":true}]""");
        first.Json.GetProperty("emails").ToString().Should().Be("""[{"value":"one@corp.example"}]""");
    }

    [Fact]
    public async Task More_than_one_primary_email_is_rejected_on_post_and_put()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode();
        var created = await scim.CreateUserAsync(body);
        var twoPrimaries = new JsonArray(Email("a@corp.example", primary: true), Email("b@corp.example", primary: true));
        var before = wire.Snapshot();

        var post = await scim.PostUserAsync(UserBodies.SamlMode().With("emails", twoPrimaries.DeepClone()));
        var put = await scim.PutUserAsync(created.Id, body.With("emails", twoPrimaries));

        const string Detail = "More than one email is marked as primary; RFC 7643 §2.4 allows at most one.";
        post.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(Detail);
        put.ShouldBeScimError(400, "invalidValue").Detail.Should().Be(Detail);
        wire.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@at@signs.example")]
    public async Task A_malformed_email_value_is_a_bad_request(string value)
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var response = await scim.PostUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email(value))));

        response.ShouldBeScimError(400, "invalidSyntax");
    }

    [Fact]
    public async Task A_saml_user_with_an_email_gets_a_verification_mail_while_validate_saml_emails_is_on()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();

        var created = await scim.CreateUserAsync(UserBodies.SamlMode().With("emails", new JsonArray(Email("verify@corp.example"))));

        var mail = (await scim.Team.OutboxAsync()).Should().ContainSingle().Subject;
        mail.Should().Match<OutboxMail>(m => m.Kind == "verification" && m.To == "verify@corp.example" && m.UserId.ToString() == created.Id);
        created.Json.GetProperty("emails")[0].GetProperty("value").GetString().Should().Be("verify@corp.example");
    }

    [Fact]
    public async Task A_changed_email_is_verified_again_but_an_unchanged_one_is_not()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        var body = UserBodies.SamlMode().With("emails", new JsonArray(Email("old@corp.example")));
        var created = await scim.CreateUserAsync(body);

        await scim.PutUserAsync(created.Id, body.DeepClone().AsObject().With("displayName", "Unchanged Email"));
        await scim.PutUserAsync(created.Id, body.With("emails", new JsonArray(Email("new@corp.example"))));

        (await scim.Team.OutboxAsync()).Select(m => m.To).Should().Equal("old@corp.example", "new@corp.example");
    }

    [Fact]
    public async Task Without_validate_saml_emails_no_verification_mail_is_sent()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.SamlModeAsync();
        await scim.Team.SetValidateSamlEmailsAsync(false);

        await scim.CreateUserAsync(UserBodies.SamlMode().With("externalId", "jane@corp.example"));

        (await scim.Team.OutboxAsync()).Should().BeEmpty();
    }
}

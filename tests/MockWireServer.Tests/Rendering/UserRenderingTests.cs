using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MockWireServer.Faults;
using MockWireServer.Scim.Users;
using MockWireServer.Store;

namespace MockWireServer.Tests.Rendering;

/// <summary>The bytes a user is rendered as, pinned whole: the renderer writes them by hand for speed (issue 11).</summary>
public sealed class UserRenderingTests
{
    private static readonly StoredUser Invited = new()
    {
        Id = Guid.Parse("0b6ef0f6-8f3e-4c36-9b1a-5d7f3c2a1e90"),
        TeamId = Guid.Parse("7d1c3a52-4c6f-4f0e-8a57-2b9e6c1d0f43"),
        Handle = "ana.lima",
        ExternalId = "Ana.Lima@example.com",
        DisplayName = "Ana \"AL\" Lima ✓",
        Email = new StoredEmail("Ana.Lima@example.com", "work", true),
        Status = AccountStatus.PendingInvitation,
        Role = "admin",
        Language = "pt-BR",
        RichInfo = [new RichInfoField("Department", "Provisioning"), new RichInfoField("Floor", "3")],
        Created = new DateTimeOffset(2026, 11, 26, 9, 30, 15, 123, TimeSpan.Zero),
        LastModified = new DateTimeOffset(2026, 11, 26, 10, 0, 0, 7, TimeSpan.Zero),
        InvitedRole = "admin",
    };

    [Fact]
    public void An_invited_user_renders_as_spar_shows_it()
    {
        var json = Encoding.UTF8.GetString(ScimUserRenderer.Render(Invited, "http://mock.example/scim/v2", BrokenRules.None));

        json.Should().Be("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:wire:scim:schemas:profile:1.0","urn:ietf:params:scim:schemas:extension:wire:1.0:User"],"id":"0b6ef0f6-8f3e-4c36-9b1a-5d7f3c2a1e90","userName":"ana.lima","externalId":"Ana.Lima@example.com","displayName":"Ana \"AL\" Lima ✓","preferredLanguage":"pt-BR","active":false,"emails":[{"value":"Ana.Lima@example.com","type":"work","primary":true}],"roles":[{"value":"member"}],"urn:ietf:params:scim:schemas:extension:wire:1.0:User":{"Department":"Provisioning","Floor":"3"},"urn:wire:scim:schemas:profile:1.0":{"richInfo":{"fields":[{"type":"Department","value":"Provisioning"},{"type":"Floor","value":"3"}],"version":0}},"meta":{"resourceType":"User","created":"2026-11-26T09:30:15.123Z","lastModified":"2026-11-26T10:00:00.007Z","version":"W/\"4146dacfbbdaedadd4c13ee0e939776a4856c4bff26fc7d458cb2d3928a822b3\"","location":"http://mock.example/scim/v2/Users/0b6ef0f6-8f3e-4c36-9b1a-5d7f3c2a1e90"}}
            """);
    }

    [Fact]
    public void Meta_version_is_the_SHA256_of_the_content_without_meta()
    {
        var content = ScimUserRenderer.RenderContent(Invited, BrokenRules.None);
        var rendered = JsonNode.Parse(ScimUserRenderer.Render(Invited, "http://mock.example/scim/v2", BrokenRules.None))!;

        rendered["meta"]!["version"]!.GetValue<string>().Should().Be($"W/\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"");
        rendered.AsObject().Remove("meta");
        rendered.ToJsonString().Should().Be(JsonNode.Parse(content)!.ToJsonString());
    }

    [Fact]
    public void A_base_URI_longer_than_usual_still_makes_the_location()
    {
        var longBase = "http://" + new string('h', 2_000) + ".example/scim/v2";

        var rendered = JsonNode.Parse(ScimUserRenderer.Render(Invited, longBase, BrokenRules.None))!;

        rendered["meta"]!["location"]!.GetValue<string>().Should().Be($"{longBase}/Users/{Invited.Id}");
    }
}

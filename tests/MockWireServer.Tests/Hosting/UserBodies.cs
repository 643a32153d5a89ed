using System.Text.Json.Nodes;
using Bogus;

namespace MockWireServer.Tests.Hosting;

/// <summary>SCIM user bodies with Bogus data for the attributes a test does not care about.</summary>
public static class UserBodies
{
    /// <summary>Email mode: the externalId is the email (wire-scim.md §6.2).</summary>
    public static JsonObject EmailMode(Faker? faker = null)
    {
        var f = faker ?? new Faker();
        var handle = Handle(f);
        return new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = handle,
            ["externalId"] = $"{handle}@{f.Internet.DomainWord()}.example",
            ["displayName"] = f.Name.FullName(),
        };
    }

    /// <summary>SAML mode: the externalId is an opaque NameID, no email.</summary>
    public static JsonObject SamlMode(Faker? faker = null)
    {
        var f = faker ?? new Faker();
        var body = EmailMode(f);
        body["externalId"] = "nameid-" + f.Random.AlphaNumeric(12);
        return body;
    }

    /// <summary>A valid Wire handle: lowercase letters, a dot and a random suffix so two never collide.</summary>
    public static string Handle(Faker? faker = null)
    {
        var f = faker ?? new Faker();
        var name = new string(f.Name.FirstName().ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        return $"{(name.Length > 0 ? name : "user")}.{f.Random.AlphaNumeric(8).ToLowerInvariant()}";
    }

    public static JsonObject With(this JsonObject body, string key, JsonNode? value)
    {
        body[key] = value;
        return body;
    }

    public static JsonObject Without(this JsonObject body, string key)
    {
        body.Remove(key);
        return body;
    }
}

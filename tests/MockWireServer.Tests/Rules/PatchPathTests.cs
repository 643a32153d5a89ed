using MockWireServer.Scim.Patching;

namespace MockWireServer.Tests.Rules;

/// <summary>PATCH paths as hscim parses them: attribute, sub-attribute, schema URN prefix, value path (wire-scim.md §10.2).</summary>
public sealed class PatchPathTests
{
    [Theory]
    [InlineData("displayName", null, "displayName", null)]
    [InlineData("name.familyName", null, "name", "familyName")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName", "urn:ietf:params:scim:schemas:core:2.0:User", "userName", null)]
    [InlineData("urn:ietf:params:scim:schemas:extension:wire:1.0:User:Department", "urn:ietf:params:scim:schemas:extension:wire:1.0:User", "Department", null)]
    [InlineData("urn:wire:scim:schemas:profile:1.0:Cost-Center", "urn:wire:scim:schemas:profile:1.0", "Cost-Center", null)]
    public void A_plain_path_parses_into_schema_attribute_and_sub_attribute(string text, string? schema, string attribute, string? sub)
    {
        var path = PatchPath.Parse(text);

        path.Should().NotBeNull();
        path!.Schema.Should().Be(schema);
        path.Attribute.Should().Be(attribute);
        path.SubAttribute.Should().Be(sub);
        path.IsValuePath.Should().BeFalse();
    }

    [Theory]
    [InlineData("emails[type eq \"work\"]", "emails", null, "type")]
    [InlineData("emails[type eq \"work\"].value", "emails", "value", "type")]
    [InlineData("emails[primary eq true].value", "emails", "value", "primary")]
    [InlineData("roles[value eq \"member\"]", "roles", null, "value")]
    public void A_value_path_carries_its_filter(string text, string attribute, string? sub, string filterAttribute)
    {
        var path = PatchPath.Parse(text);

        path!.IsValuePath.Should().BeTrue();
        path.Attribute.Should().Be(attribute);
        path.SubAttribute.Should().Be(sub);
        path.ValueFilter!.Attribute.Should().Be(filterAttribute);
    }

    [Theory]
    [InlineData("")]
    [InlineData("emails[type eq \"work\"")]
    [InlineData("emails[type eq \"work\"]value")]
    [InlineData("emails[nonsense]")]
    [InlineData("2fa")]
    [InlineData("display name")]
    public void A_malformed_path_does_not_parse(string text) => PatchPath.Parse(text).Should().BeNull();
}

using MockWireServer.Scim.Filtering;

namespace MockWireServer.Tests.Rules;

/// <summary>hscim's filter grammar: a single <c>attrPath op value</c> (wire-scim.md §10.1).</summary>
public sealed class AttributeFilterTests
{
    [Theory]
    [InlineData("userName eq \"jane\"", null, "userName", "eq", FilterValueKind.String, "jane")]
    [InlineData("externalId EQ \"A@B.C\"", null, "externalId", "eq", FilterValueKind.String, "A@B.C")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"", "urn:ietf:params:scim:schemas:core:2.0:User", "userName", "eq", FilterValueKind.String, "x")]
    [InlineData("displayName co \"eng\"", null, "displayName", "co", FilterValueKind.String, "eng")]
    [InlineData("active eq true", null, "active", "eq", FilterValueKind.Boolean, "true")]
    [InlineData("count gt 3", null, "count", "gt", FilterValueKind.Number, "3")]
    [InlineData("manager eq null", null, "manager", "eq", FilterValueKind.Null, null)]
    [InlineData("userName eq \"quote \\\" inside\"", null, "userName", "eq", FilterValueKind.String, "quote \" inside")]
    public void A_single_comparison_parses(string text, string? schema, string attribute, string op, FilterValueKind kind, string? value)
    {
        var (filter, error) = AttributeFilter.Parse(text);

        error.Should().BeNull();
        filter.Should().Be(new AttributeFilter(schema, attribute, null, op, kind, value));
    }

    [Fact]
    public void A_sub_attribute_is_split_off()
    {
        var (filter, _) = AttributeFilter.Parse("name.familyName eq \"Doe\"");

        filter!.Attribute.Should().Be("name");
        filter.SubAttribute.Should().Be("familyName");
    }

    [Theory]
    [InlineData("userName eq \"a\" and externalId eq \"b\"", "and")]
    [InlineData("userName eq \"a\" or userName eq \"b\"", "or")]
    [InlineData("not (userName eq \"a\")", "not")]
    [InlineData("(userName eq \"a\")", "parentheses")]
    [InlineData("userName pr", "pr")]
    [InlineData("userName foo \"a\"", "an unknown operator")]
    [InlineData("userName eq a", "an unquoted string")]
    [InlineData("userName eq \"unterminated", "an unterminated string")]
    [InlineData("userName eq \"a\"x", "text after the closing quote")]
    [InlineData("userName eq \"\\ud800\"", "a lone surrogate escape")]
    [InlineData("userName", "no operator")]
    [InlineData("", "nothing")]
    [InlineData("2name eq \"a\"", "an attribute starting with a digit")]
    public void Anything_else_does_not_parse(string text, string what)
    {
        var (filter, error) = AttributeFilter.Parse(text);

        filter.Should().BeNull(what);
        error.Should().StartWith("Invalid filter");
    }
}

using ConformanceRunner.Features;

namespace ConformanceRunner.Tests.Features;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("@must", "@must @server", true)]
    [InlineData("@must", "@may", false)]
    [InlineData("not @mock-only", "@must @mock-only", false)]
    [InlineData("@must and not @mock-only", "@must", true)]
    [InlineData("@a or @b and @c", "@a", true)]
    [InlineData("(@a or @b) and @c", "@a", false)]
    [InlineData("(@a or @b) and @c", "@b @c", true)]
    [InlineData("@MUST", "@must", true)]
    public void A_tag_expression_matches_tags_as_cucumber_does(string expression, string tags, bool matches) =>
        TagExpression.Parse(expression).Matches(tags.Split(' ')).Should().Be(matches);

    [Theory]
    [InlineData("@a and")]
    [InlineData("(@a")]
    [InlineData("@a @b")]
    public void A_malformed_tag_expression_is_rejected(string expression) =>
        FluentActions.Invoking(() => TagExpression.Parse(expression)).Should().Throw<FormatException>();
}

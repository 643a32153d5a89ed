using MockWireServer.Rules;

namespace MockWireServer.Tests.Rules;

/// <summary>preferredLanguage: a known ISO 639-1 code in lowercase (wire-scim.md §8.3).</summary>
public sealed class PreferredLanguageRulesTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("de", "de")]
    [InlineData("zh", "zh")]
    [InlineData("de-CH", "de")]
    [InlineData("fr_FR", "fr")]
    public void A_known_lowercase_code_parses_to_its_first_two_letters(string input, string expected) =>
        PreferredLanguageRules.Parse(input).Should().Be(expected);

    [Theory]
    [InlineData("DE", "uppercase")]
    [InlineData("De", "mixed case")]
    [InlineData("xx", "an unknown code")]
    [InlineData("d", "one letter")]
    [InlineData("", "empty")]
    public void Anything_else_does_not_parse(string input, string what) =>
        PreferredLanguageRules.Parse(input).Should().BeNull(what);

    [Fact]
    public void The_invalid_detail_names_iso_639_1() =>
        PreferredLanguageRules.InvalidDetail("(put)").Should().Be("Could not parse language. Expected format is ISO 639-1. (put)");
}

using MockWireServer.Rules;

namespace MockWireServer.Tests.Rules;

/// <summary>Wire handles: lowercased first, then [a-z0-9_.-] with 2..256 characters (wire-scim.md §4).</summary>
public sealed class HandleRulesTests
{
    [Theory]
    [InlineData("abc", "lowercase letters")]
    [InlineData("a1b2c3", "digits")]
    [InlineData("jane_doe", "an underscore")]
    [InlineData("jane.doe", "a dot")]
    [InlineData("jane-doe", "a dash")]
    [InlineData("0123456789", "only digits")]
    [InlineData("._-", "only punctuation that is allowed")]
    public void A_handle_of_allowed_characters_is_valid(string handle, string what) =>
        HandleRules.IsValid(handle).Should().BeTrue(what);

    [Theory]
    [InlineData("jane doe", "a space")]
    [InlineData("jane@doe", "an at sign")]
    [InlineData("jäne", "a non-ASCII letter")]
    [InlineData("日本語", "CJK")]
    [InlineData("jane+doe", "a plus")]
    [InlineData("jane/doe", "a slash")]
    [InlineData("#invalid", "a hash")]
    [InlineData("jane!", "an exclamation mark")]
    [InlineData("Jane", "an uppercase letter that was not normalized")]
    [InlineData("jane\tdoe", "a tab")]
    public void A_handle_with_other_characters_is_invalid(string handle, string what) =>
        HandleRules.IsValid(handle).Should().BeFalse(what);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void A_handle_must_have_2_to_256_characters(int length, bool valid) =>
        HandleRules.IsValid(new string('a', length)).Should().Be(valid);

    [Theory]
    [InlineData("Jane.Doe", "jane.doe")]
    [InlineData("ALLCAPS", "allcaps")]
    [InlineData("already.lower", "already.lower")]
    public void Uppercase_is_lowercased_before_validation(string input, string expected)
    {
        var normalized = HandleRules.Normalize(input);

        normalized.Should().Be(expected);
        HandleRules.IsValid(normalized).Should().BeTrue();
    }

    [Fact]
    public void A_dotted_capital_i_is_lowercased_to_i_with_a_combining_dot_like_haskells_full_mapping()
    {
        var normalized = HandleRules.Normalize("\u0130van");

        normalized.Should().Be("i\u0307van");
        HandleRules.InvalidDetail(normalized).Should().Be("i\u0307vanis not a valid Wire handle");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("support")]
    [InlineData("wire")]
    [InlineData("team")]
    [InlineData("user")]
    [InlineData("help")]
    [InlineData("bot")]
    public void Brigs_blocklisted_handles_are_well_formed_but_blocked(string handle)
    {
        HandleRules.IsValid(handle).Should().BeTrue();
        HandleRules.IsBlocked(handle).Should().BeTrue();
    }

    [Fact]
    public void An_ordinary_handle_is_not_blocked() => HandleRules.IsBlocked("jane.doe").Should().BeFalse();

    [Fact]
    public void The_invalid_detail_has_no_space_before_is() =>
        HandleRules.InvalidDetail("#invalid name").Should().Be("#invalid nameis not a valid Wire handle");
}

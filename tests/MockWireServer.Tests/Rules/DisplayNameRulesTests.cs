using System.Text;
using MockWireServer.Rules;

namespace MockWireServer.Tests.Rules;

/// <summary>displayName is brig's Name: 1..128 Unicode code points, no trimming (wire-scim.md §5).</summary>
public sealed class DisplayNameRulesTests
{
    private const string Emoji = "😀";
    private const string Cjk = "名";
    private const string CombiningAcute = "\u0301";

    [Theory]
    [InlineData("a", 0, false)]
    [InlineData("a", 1, true)]
    [InlineData("a", 128, true)]
    [InlineData("a", 129, false)]
    [InlineData(Emoji, 1, true)]
    [InlineData(Emoji, 128, true)]
    [InlineData(Emoji, 129, false)]
    [InlineData(Cjk, 128, true)]
    [InlineData(Cjk, 129, false)]
    public void A_name_must_have_1_to_128_code_points(string unit, int count, bool valid) =>
        DisplayNameRules.IsValid(Repeat(unit, count)).Should().Be(valid);

    [Fact]
    public void Emoji_count_as_one_code_point_although_they_are_two_utf16_units()
    {
        var name = Repeat(Emoji, 128);

        name.Length.Should().Be(256);
        DisplayNameRules.CodePoints(name).Should().Be(128);
        DisplayNameRules.IsValid(name).Should().BeTrue();
    }

    [Fact]
    public void A_combining_mark_counts_as_its_own_code_point()
    {
        // "é" written as e + U+0301 is two code points: 64 of them are 128, 65 are 130.
        DisplayNameRules.IsValid(Repeat("e" + CombiningAcute, 64)).Should().BeTrue();
        DisplayNameRules.IsValid(Repeat("e" + CombiningAcute, 65)).Should().BeFalse();
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("  padded  ")]
    public void Whitespace_is_not_trimmed_so_a_single_space_is_a_valid_name(string name) =>
        DisplayNameRules.IsValid(name).Should().BeTrue();

    [Theory]
    [InlineData("(post)")]
    [InlineData("(put)")]
    public void The_out_of_range_detail_carries_the_suffix(string suffix) =>
        DisplayNameRules.OutOfRangeDetail(suffix).Should().Be($"Name: outside range [1, 128] {suffix}");

    private static string Repeat(string unit, int count) => new StringBuilder().Insert(0, unit, count).ToString();
}

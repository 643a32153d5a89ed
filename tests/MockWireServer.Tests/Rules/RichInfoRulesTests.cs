using MockWireServer.Rules;
using MockWireServer.Store;

namespace MockWireServer.Tests.Rules;

/// <summary>Rich info: two URNs feeding one ordered list, merged like wire-api's RichInfo (wire-scim.md §8.1).</summary>
public sealed class RichInfoRulesTests
{
    private static RichInfoField F(string type, string value) => new(type, value);

    [Fact]
    public void Map_entries_overwrite_list_entries_of_the_same_type_in_place()
    {
        var merged = RichInfoRules.Merge([F("Department", "Sales"), F("Floor", "3")], [F("department", "Marketing")]);

        merged.Should().Equal(F("Department", "Marketing"), F("Floor", "3"));
    }

    [Fact]
    public void Map_only_keys_are_appended_in_alphabetical_order()
    {
        var merged = RichInfoRules.Merge([F("Zone", "A")], [F("Title", "x"), F("Building", "y"), F("Manager", "z")]);

        merged.Select(f => f.Type).Should().Equal("Zone", "Building", "Manager", "Title");
    }

    [Fact]
    public void Users_without_rich_info_share_one_empty_list_instead_of_each_keeping_its_own()
    {
        var first = RichInfoRules.Merge([], []);
        var second = RichInfoRules.Merge([F("Department", "")], []);

        first.Should().BeEmpty().And.BeSameAs(second).And.BeSameAs(Array.Empty<RichInfoField>());
    }

    [Fact]
    public void Fields_with_an_empty_value_are_dropped()
    {
        var merged = RichInfoRules.Merge([F("Department", ""), F("Floor", "3")], [F("Building", "")]);

        merged.Should().Equal(F("Floor", "3"));
    }

    [Fact]
    public void An_empty_map_value_removes_the_list_entry_it_overwrites()
    {
        var merged = RichInfoRules.Merge([F("Department", "Sales")], [F("Department", "")]);

        merged.Should().BeEmpty();
    }

    [Fact]
    public void Duplicate_types_are_deduplicated_case_insensitively_and_the_first_wins()
    {
        var merged = RichInfoRules.Merge([F("Department", "Sales"), F("DEPARTMENT", "Marketing")], []);

        merged.Should().Equal(F("Department", "Sales"));
    }

    [Theory]
    [InlineData("Department", "Sales", 15)]
    [InlineData("", "", 0)]
    [InlineData("名前", "😀😀😀", 5)]
    public void The_size_is_the_sum_of_type_and_value_lengths_in_characters(string type, string value, int size) =>
        RichInfoRules.Size(type.Length == 0 ? [] : [F(type, value)]).Should().Be(size);

    [Fact]
    public void The_size_adds_up_over_all_fields() =>
        RichInfoRules.Size([F("a", "bc"), F("def", "g")]).Should().Be(7);

    [Fact]
    public void Setting_a_key_keeps_its_position_and_appends_new_keys()
    {
        var fields = RichInfoRules.Set([F("A", "1"), F("B", "2")], "a", "9");
        fields = RichInfoRules.Set(fields, "C", "3");

        fields.Should().Equal(F("A", "9"), F("B", "2"), F("C", "3"));
    }

    [Fact]
    public void Removing_a_key_matches_its_type_case_insensitively() =>
        RichInfoRules.Remove([F("Department", "Sales"), F("Floor", "3")], "DEPARTMENT").Should().Equal(F("Floor", "3"));

    [Fact]
    public void The_too_large_detail_names_both_urns_the_limit_and_the_size() =>
        RichInfoRules.TooLargeDetail(5000, 5010, "(post)").Should().Be(
            "[\"urn:ietf:params:scim:schemas:extension:wire:1.0:User\",\"urn:wire:scim:schemas:profile:1.0\"] together exceed the size limit: max 5000 characters, but got 5010 (post)");

    [Theory]
    [InlineData("Department", true)]
    [InlineData("cost-center_2", true)]
    [InlineData("2nd", false)]
    [InlineData("has space", false)]
    [InlineData("", false)]
    public void A_patch_key_follows_hscims_attribute_name_grammar(string key, bool valid) =>
        RichInfoRules.IsValidKey(key).Should().Be(valid);
}

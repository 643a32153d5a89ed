using ConformanceRunner.Features;

namespace ConformanceRunner.Tests.Features;

public sealed class FeatureLoadingTests
{
    private const string Gherkin = """
        @feature-tag
        Feature: loading
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario: plain
            When the client sends GET "/Users"
            And the client sends POST "/Users" with body:
              ```
              {"userName": "x"}
              ```

          Rule: a rule
            @rule-tag
            Scenario Outline: outline <name>
              When the client creates a user with these attributes:
                | attribute | value  |
                | userName  | <name> |
              Then the response status is <status>

              @examples-tag
              Examples:
                | name | status |
                | a    | 201    |
                | b    | 409    |
        """;

    private static IReadOnlyList<ScenarioCase> Load() =>
        ScenarioCases.Of(FeatureParser.ParseText(Gherkin, "/tmp/loading.feature", "area/loading.feature"));

    [Fact]
    public void An_outline_becomes_one_scenario_per_example_row_with_its_values()
    {
        var cases = Load();

        cases.Select(c => c.Name).Should().Equal("plain", "outline a", "outline b");
        cases[2].ExampleValues.Should().Equal(KeyValuePair.Create("name", "b"), KeyValuePair.Create("status", "409"));
        cases.Select(c => c.PickleIndex).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Background_steps_come_first_in_every_scenario()
    {
        var cases = Load();

        cases.Should().OnlyContain(c => c.Pickle.Steps[0].Text == "a team provisioned by SCIM with email invitations");
    }

    [Fact]
    public void Tags_are_inherited_from_feature_rule_and_examples()
    {
        var outline = Load()[1];

        outline.Tags.Should().BeEquivalentTo("@feature-tag", "@rule-tag", "@examples-tag");
        outline.Rule!.Name.Should().Be("a rule");
    }

    [Fact]
    public void A_step_keeps_its_gherkin_keyword_its_doc_string_and_its_table()
    {
        var plain = Load()[0];
        var outline = Load()[1];

        plain.Feature.StepOf(plain.Pickle.Steps[2]).Keyword.Should().Be("And ");
        plain.Pickle.Steps[2].Argument.DocString.Content.Should().Be("""{"userName": "x"}""");
        outline.Pickle.Steps[1].Argument.DataTable.Rows[1].Cells.Select(cell => cell.Value).Should().Equal("userName", "a");
    }

    [Fact]
    public void Reqnroll_gets_the_outline_title_direct_tags_inherited_tags_and_the_pickle_index()
    {
        var outline = Load()[2];

        var scenarioInfo = ReqnrollInfos.Scenario(outline);
        var ruleInfo = ReqnrollInfos.Rule(outline);
        var featureInfo = ReqnrollInfos.Feature(outline.Feature);

        scenarioInfo.Title.Should().Be("outline <name>");
        scenarioInfo.Tags.Should().BeEquivalentTo("rule-tag", "examples-tag");
        scenarioInfo.CombinedTags.Should().Contain("feature-tag");
        scenarioInfo.Arguments["status"].Should().Be("409");
        ruleInfo!.Title.Should().Be("a rule");
        featureInfo.FolderPath.Should().Be("area");
        featureInfo.Tags.Should().Equal("feature-tag");
    }

    [Fact]
    public void Ids_differ_between_features_so_one_message_stream_can_hold_them_all()
    {
        var first = FeatureParser.ParseText(Gherkin, "/tmp/a.feature", "a.feature");
        var second = FeatureParser.ParseText(Gherkin, "/tmp/b.feature", "b.feature");

        first.Pickles.Select(p => p.Id).Should().NotIntersectWith(second.Pickles.Select(p => p.Id));
    }

    [Fact]
    public void A_folder_loads_in_path_order_and_a_tag_expression_filters_it()
    {
        using var folder = new TemporaryFeatures()
            .With("b/second.feature", "Feature: second\n  @must\n  Scenario: s2\n    Given x\n")
            .With("a/first.feature", "Feature: first\n  @may\n  Scenario: s1\n    Given x\n");

        FeatureLoader.LoadScenarios(folder.Root).Select(c => c.Feature.Uri).Should().Equal("a/first.feature", "b/second.feature");
        FeatureLoader.LoadScenarios(folder.Root, TagExpression.Parse("@must")).Select(c => c.Name).Should().Equal("s2");
    }
}

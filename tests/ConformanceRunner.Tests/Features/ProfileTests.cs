using ConformanceRunner.Cli;
using ConformanceRunner.Features;

namespace ConformanceRunner.Tests.Features;

public sealed class ProfileTests
{
    private static readonly IReadOnlyList<ScenarioCase> Catalogue = FeatureLoader.LoadScenarios(RepositoryPaths.Features);

    [Theory]
    [InlineData("core")]
    [InlineData("edge")]
    [InlineData("wire")]
    [InlineData("entra")]
    [InlineData("okta")]
    [InlineData("all")]
    public void Every_shipped_profile_selects_scenarios_and_says_what_it_is_for(string name)
    {
        var profile = ScenarioProfile.Load([]).Single(p => p.Name == name);

        profile.Purpose.Should().NotBeNullOrWhiteSpace();
        ProfileList.Count(profile, Catalogue).Should().BePositive();
    }

    [Fact]
    public void Core_keeps_boundary_cases_out_and_all_keeps_everything()
    {
        var profiles = ScenarioProfile.Load([]);
        var core = TagExpression.Parse(profiles.Single(p => p.Name == "core").Tags);

        Catalogue.Where(s => core.Matches(s.Tags)).Should().OnlyContain(s => s.Tags.Contains("@must") && !s.Tags.Contains("@edge") && s.Feature.Uri.StartsWith("rfc7644/", StringComparison.Ordinal));
        ProfileList.Count(profiles.Single(p => p.Name == "all"), Catalogue).Should().Be(Catalogue.Count);
        ProfileList.Count(profiles.Single(p => p.Name == "wire"), Catalogue).Should().Be(Catalogue.Count(s => s.Feature.Uri.StartsWith("wire/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_scenario_under_rfc7644_and_wire_carries_its_source_tag_so_the_profiles_find_new_features_too()
    {
        Catalogue.Where(s => s.Feature.Uri.StartsWith("rfc7644/", StringComparison.Ordinal)).Should().OnlyContain(s => s.Tags.Contains("@rfc7644"));
        Catalogue.Where(s => s.Feature.Uri.StartsWith("wire/", StringComparison.Ordinal)).Should().OnlyContain(s => s.Tags.Contains("@wire"));
    }

    [Fact]
    public void A_profile_combines_with_tags_and_a_profiles_file_adds_or_replaces_profiles()
    {
        using var folder = new TemporaryFeatures().With("team-profiles.json", """
            { "profiles": [
              { "name": "handles", "tags": "@wire.handle", "purpose": "our handle work" },
              { "name": "edge", "tags": "@edge and @wire", "purpose": "only Wire's edges" }
            ] }
            """);

        var profiles = ScenarioProfile.Load([Path.Combine(folder.Root, "team-profiles.json")]);

        profiles.Select(p => p.Name).Should().Equal("core", "edge", "wire", "entra", "okta", "all", "handles");
        profiles.Single(p => p.Name == "edge").Tags.Should().Be("@edge and @wire");
        profiles.Single(p => p.Name == "handles").CombinedWith("@must").Should().Be("(@wire.handle) and (@must)");
        profiles.Single(p => p.Name == "all").CombinedWith("@must").Should().Be("@must");
    }

    [Theory]
    [InlineData(0, "list", "--profiles")]
    [InlineData(0, "list", "--profile", "okta", "--tags", "@must")]
    [InlineData(2, "list", "--profile", "no-such-profile")]
    [InlineData(2, "run", "--profile", "core", "--profiles-file", "/no/such/file.json")]
    [InlineData(2, "run", "--max-rps", "0")]
    public async Task Profile_options_exit_with_their_code(int exitCode, params string[] args)
    {
        (await ConformanceCli.InvokeAsync([.. args, "--features", RepositoryPaths.Features])).Should().Be(exitCode);
    }
}

using ConformanceRunner.Cli;

namespace ConformanceRunner.Tests.Cli;

/// <summary>Exit codes and one-line errors of the command; nothing here sends a request that can succeed.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(2, "run", "--no-such-option")]
    [InlineData(2, "run", "--target", "not-a-url", "--token", "t")]
    [InlineData(2, "run", "--tags", "@must and")]
    [InlineData(2, "run", "--shard", "3/2")]
    [InlineData(2, "run", "--format", "pdf")]
    [InlineData(2, "run", "--features", "/no/such/folder")]
    [InlineData(3, "run", "--target", "http://127.0.0.1:1/scim/v2", "--token", "t", "--timeout", "5")]
    [InlineData(2, "run", "--mock-url", "not-a-url")]
    [InlineData(2, "run", "--mock-url", "http://127.0.0.1:1", "--target", "http://127.0.0.1:1/scim/v2", "--token", "t")]
    [InlineData(2, "run", "--mock-url", "http://127.0.0.1:1", "--break", "wire.handle.charset")]
    [InlineData(3, "run", "--mock-url", "http://127.0.0.1:1", "--timeout", "5")]
    [InlineData(2, "run", "--run-timeout", "soon")]
    [InlineData(2, "serve", "--chaos", "explode=1")]
    public async Task User_errors_exit_with_their_code(int exitCode, params string[] args)
    {
        (await ConformanceCli.InvokeAsync(args)).Should().Be(exitCode);
    }

    [Fact]
    public void Shards_are_disjoint_cover_the_selection_and_do_not_depend_on_the_order_features_were_found()
    {
        var root = RepositoryFeatures();
        var all = new ScenarioSelection(root, null, [], null).Load().Select(s => s.Id).ToList();

        var shards = Enumerable.Range(1, 3).Select(i => new ScenarioSelection(root, null, [], new Shard(i, 3)).Load().Select(s => s.Id).ToList()).ToList();

        shards.SelectMany(ids => ids).Should().BeEquivalentTo(all).And.OnlyHaveUniqueItems();
        shards.Select(ids => ids.Count).Max().Should().BeLessThanOrEqualTo(shards.Select(ids => ids.Count).Min() + 1);
    }

    [Theory]
    [InlineData("rfc7644/*.feature", true)]
    [InlineData("users-crud.feature", true)]
    [InlineData("**/users-*.feature", true)]
    [InlineData("wire/*.feature", false)]
    public void Feature_globs_match_paths_under_the_features_folder(string glob, bool selectsUsersCrud)
    {
        var selected = new ScenarioSelection(RepositoryFeatures(), null, [glob], null).Load();

        selected.Any(s => s.Feature.Uri == "rfc7644/users-crud.feature").Should().Be(selectsUsersCrud);
    }

    private static string RepositoryFeatures()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScimConformance.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "features");
    }
}

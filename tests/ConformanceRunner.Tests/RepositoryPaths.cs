namespace ConformanceRunner.Tests;

/// <summary>The repository's folders, found from the test binary upwards (the suite runs the real features/ folder).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Features => Path.Combine(Root, "features");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScimConformance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("ScimConformance.sln not found above " + AppContext.BaseDirectory);
    }
}

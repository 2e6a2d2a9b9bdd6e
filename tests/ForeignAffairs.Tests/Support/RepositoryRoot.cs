namespace ForeignAffairs.Tests.Support;

/// <summary>The repository's root folder (the sample site), found from the test assembly's location.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding ForeignAffairs.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ForeignAffairs.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("ForeignAffairs.sln not found above the test assembly");
    }
}

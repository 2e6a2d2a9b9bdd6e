namespace ForeignAffairs.Tests.Support;

/// <summary>
/// A copy of the repository's sample site (content and themes) in a temporary folder, with the repository's npm
/// packages linked in, unless left out, so that its search index is built as in the repository. Tests may edit the copy
/// freely; it is deleted afterwards.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    /// <summary>
    /// Copies the sample site; without <paramref name="search"/>, it is built without its search index (with warning
    /// FA5005).
    /// </summary>
    public SampleCopy(bool search = true)
    {
        FolderCopy.Copy(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(Root, "content"));
        FolderCopy.Copy(Path.Combine(RepositoryRoot.Path, "themes"), Path.Combine(Root, "themes"));
        if (search) Directory.CreateSymbolicLink(Path.Combine(Root, "node_modules"),
            Path.Combine(RepositoryRoot.Path, "node_modules"));
    }

    /// <summary>
    /// The day taken as today by tests that compare two builds of the copy, so that the two cannot straddle midnight in
    /// Vietnam, when events move to the past and the calendars' stamps change.
    /// </summary>
    public static readonly DateOnly Today = new(2026, 12, 2);

    /// <summary>The site folder.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "fa-tests", $"sample-{Guid.NewGuid():N}");

    /// <summary>The full path of a file of the site.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Writes <paramref name="text"/> to a file of the site, creating folders as needed.</summary>
    public void Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relativePath))!);
        File.WriteAllText(PathOf(relativePath), text);
    }

    /// <summary>
    /// Replaces <paramref name="oldText"/>, which must be there, with <paramref name="newText"/> in a file of the site.
    /// </summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relativePath));
        Assert.Contains(oldText, text);
        File.WriteAllText(PathOf(relativePath), text.Replace(oldText, newText));
    }

    /// <summary>
    /// Deletes the parks collection, the <c>park</c> field of every project and investor story that names one, and the
    /// links of texts to parks (their words stay), leaving a site without parks that still builds.
    /// </summary>
    public void RemoveParks()
    {
        Directory.Delete(PathOf("content/parks"), recursive: true);
        foreach (var collection in new[] { "projects", "stories" }.Where(c => Directory.Exists(PathOf($"content/{c}"))))
        {
            foreach (var file in Directory.GetFiles(PathOf($"content/{collection}"), "index.yaml",
                SearchOption.AllDirectories))
            {
                var lines = File.ReadAllLines(file);
                var kept = lines.Where(line => !line.StartsWith("park:", StringComparison.Ordinal)).ToArray();
                if (kept.Length != lines.Length) File.WriteAllLines(file, kept);
            }
        }
        foreach (var file in Directory.GetFiles(PathOf("content"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var unlinked = System.Text.RegularExpressions.Regex.Replace(text, @"\[([^\]]+)\]\(parks/[^)]+\)", "$1");
            if (unlinked != text) File.WriteAllText(file, unlinked);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

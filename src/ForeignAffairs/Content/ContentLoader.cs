using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Content;

/// <summary>The load stage: reads every entry folder under <c>content/</c>, parsing YAML and front matter and keeping positions.</summary>
public static class ContentLoader
{
    /// <summary>The name of an entry's facts file.</summary>
    public const string IndexFile = "index.yaml";

    /// <summary>Reads the entries of the site in <paramref name="root"/>.</summary>
    public static SiteSource Load(string root, SiteConfig config, DiagnosticBag diagnostics)
    {
        var entries = new List<EntrySource>();
        var contentFolder = Path.Combine(root, "content");
        foreach (var folder in VisibleEntries(new DirectoryInfo(contentFolder)).OfType<DirectoryInfo>())
        {
            var collection = Collection.Find(folder.Name);
            if (collection is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownCollection, SourceLocation.File($"content/{folder.Name}"),
                    $"'{folder.Name}' is not a collection of this site", Suggestion.Hint(folder.Name, Collection.All.Select(c => c.Name).ToArray()));
                continue;
            }
            foreach (var entryFolder in VisibleEntries(folder))
            {
                if (entryFolder is DirectoryInfo directory) entries.Add(LoadEntry(new EntryKey(collection, directory.Name), directory, config, diagnostics));
            }
        }
        return new SiteSource(Path.GetFullPath(root), config, entries);
    }

    private static EntrySource LoadEntry(EntryKey key, DirectoryInfo folder, SiteConfig config, DiagnosticBag diagnostics)
    {
        YamlSource? index = null;
        var translations = new SortedDictionary<string, TranslationSource>(StringComparer.Ordinal);
        var resources = new List<string>();
        var relativeFolder = $"content/{key.Collection.Name}/{folder.Name}";

        foreach (var file in VisibleFiles(folder))
        {
            var relative = Path.GetRelativePath(folder.FullName, file.FullName).Replace('\\', '/');
            var sitePath = $"{relativeFolder}/{relative}";
            if (relative == IndexFile)
            {
                index = ReadText(file, sitePath, diagnostics) is { } yaml ? YamlReader.ReadMapping(yaml, sitePath, diagnostics) : null;
            }
            else if (!relative.Contains('/') && file.Extension == ".md")
            {
                var language = Path.GetFileNameWithoutExtension(file.Name);
                if (!config.LanguageCodes.Contains(language))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownLanguageFile, SourceLocation.File(sitePath),
                        $"'{file.Name}' is not named after a language of this site, so its text would never be published",
                        Suggestion.Closest(language, config.LanguageCodes) is { } near
                            ? $"did you mean '{near}.md'?"
                            : $"name translations after the languages in site.yaml: {string.Join(", ", config.LanguageCodes.Select(c => c + ".md"))}");
                    continue;
                }
                if (ReadText(file, sitePath, diagnostics) is { } markdown)
                    translations[language] = ReadTranslation(language, sitePath, markdown, diagnostics);
            }
            else
            {
                resources.Add(relative);
            }
        }

        if (index is null && !File.Exists(Path.Combine(folder.FullName, IndexFile)))
        {
            diagnostics.Error(DiagnosticCodes.MissingIndex, SourceLocation.File($"{relativeFolder}/{IndexFile}"),
                "this entry has no index.yaml", "create it with at least a 'title:' field");
        }
        resources.Sort(StringComparer.Ordinal);
        return new EntrySource(key, index, translations, resources);
    }

    /// <summary>Splits a Markdown file into its front matter (between '---' lines at the top) and its body.</summary>
    internal static TranslationSource ReadTranslation(string language, string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return new TranslationSource(language, path, null, text, 1);

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(path, 1, 1),
                "the front matter that starts on line 1 is never closed", "add a line with only '---' after the last field");
            return new TranslationSource(language, path, null, "", lines.Length + 1);
        }
        var yaml = string.Join('\n', lines[1..close]);
        var frontMatter = YamlReader.ReadMapping(yaml, path, diagnostics, lineOffset: 1);
        return new TranslationSource(language, path, frontMatter, string.Join('\n', lines[(close + 1)..]), close + 2);
    }

    private static string? ReadText(FileInfo file, string sitePath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(sitePath), $"the file cannot be read: {ex.Message}");
            return null;
        }
    }

    private static IEnumerable<FileSystemInfo> VisibleEntries(DirectoryInfo folder) =>
        folder.Exists
            ? folder.EnumerateFileSystemInfos().Where(IsVisible).OrderBy(f => f.Name, StringComparer.Ordinal)
            : [];

    private static IEnumerable<FileInfo> VisibleFiles(DirectoryInfo folder) =>
        VisibleEntries(folder).SelectMany(f => f is DirectoryInfo d ? VisibleFiles(d) : [(FileInfo)f]);

    // Hidden files (.DS_Store, editor swap files) and symbolic links are never content: links could reach outside the site.
    private static bool IsVisible(FileSystemInfo info) =>
        !info.Name.StartsWith('.') && !info.Name.EndsWith('~') && info.LinkTarget is null;
}

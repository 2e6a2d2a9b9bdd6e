using System.Text.RegularExpressions;
using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.FileSystem;
using ForeignAffairs.Imaging;
using ForeignAffairs.Localization;

namespace ForeignAffairs.Content;

/// <summary>
/// The load stage: reads every entry folder under <c>content/</c>, parsing YAML and front matter and keeping positions.
/// </summary>
internal static partial class ContentLoader
{
    /// <summary>The name of an entry's facts file.</summary>
    public const string IndexFile = "index.yaml";

    /// <summary>
    /// Reads the entries of the site in <paramref name="root"/>, on every core; the entries keep folder order. With
    /// <paramref name="folders"/>, folders whose files did not change since they were last read are not read again.
    /// </summary>
    public static SiteSource Load(string root, SiteConfig config, DiagnosticBag diagnostics,
        LoadedFolders? folders = null)
    {
        folders?.Start(config.Source);
        var found = new List<(EntryKey Key, DirectoryInfo Folder)>();
        var contentFolder = Path.Combine(root, "content");
        if (SiteFile.IsRefused(contentFolder, "content", diagnostics))
            return new SiteSource(Path.GetFullPath(root), config, []);
        IEnumerable<FileSystemInfo> Listed(DirectoryInfo folder) => folders is null
            ? VisibleEntries(folder, root, diagnostics)
            : folders.GetOrList(folder, diagnostics,
                own => VisibleEntries(new DirectoryInfo(folder.FullName), root, own).ToArray());
        foreach (var info in Listed(new DirectoryInfo(contentFolder)))
        {
            if (info is not DirectoryInfo folder)
            {
                if (info.Name != Path.GetFileName(SiteConfigReader.FileName))
                    ReportStray($"content/{info.Name}", "content/ holds site.yaml and a folder per collection",
                        diagnostics);
                continue;
            }
            var collection = Collection.Find(folder.Name);
            if (collection is null)
            {
                diagnostics.Error(DiagnosticCodes.UnknownCollection, SourceLocation.File($"content/{folder.Name}"),
                    $"'{folder.Name}' is not a collection of this site",
                    Suggestion.Hint(folder.Name, Collection.All.Select(c => c.Name).ToArray()));
                continue;
            }
            foreach (var entryFolder in Listed(folder))
            {
                if (entryFolder is DirectoryInfo directory)
                    found.Add((new EntryKey(collection, directory.Name), directory));
                else ReportStray($"content/{folder.Name}/{entryFolder.Name}",
                    $"each entry is a folder, such as content/{folder.Name}/<slug>/, holding {IndexFile} and a " +
                    "Markdown file per language",
                    diagnostics);
            }
        }
        folders?.Retain(found.Select(f => f.Folder.FullName));
        var entries = new EntrySource[found.Count];
        Parallel.For(0, found.Count, Cores.Each, i =>
        {
            var (key, folder) = found[i];
            entries[i] = folders is null
                ? LoadEntry(key, folder, root, config, diagnostics)
                : folders.GetOrLoad(folder, diagnostics, own => LoadEntry(key, folder, root, config, own));
        });
        return new SiteSource(Path.GetFullPath(root), config, entries);
    }

    // A Markdown file named after a language is the entry's text in it; an empty one is a translation not yet written,
    // as a new entry has for every language.
    private static void ReadText(FileInfo file, FileKind kind, string sitePath, SiteConfig config,
        DiagnosticBag diagnostics, IDictionary<string, TranslationSource> translations, List<string> unwritten,
        List<string> unreadable)
    {
        var language = Path.GetFileNameWithoutExtension(file.Name);
        if (!config.LanguageCodes.Contains(language, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguageFile, SourceLocation.File(sitePath),
                $"'{file.Name}' is not named after a language of this site, so its text would never be published",
                Suggestion.Closest(language, config.LanguageCodes) is { } near
                    ? $"did you mean '{near}.md'?"
                    : $"name translations after the languages in site.yaml: " +
                        $"{string.Join(", ", config.LanguageCodes.Select(c => c + ".md"))}");
            return;
        }
        if (SiteFile.ReadText(file.FullName, sitePath, diagnostics, kind) is not { } markdown) unreadable.Add(language);
        else if (string.IsNullOrWhiteSpace(markdown)) unwritten.Add(language);
        else
        {
            translations[language] = ReadTranslation(language, sitePath, markdown, diagnostics,
                isSource: language == config.DefaultLanguage.Code);
        }
    }

    private static EntrySource LoadEntry(EntryKey key, DirectoryInfo folder, string root, SiteConfig config,
        DiagnosticBag diagnostics)
    {
        YamlSource? index = null;
        var translations = new SortedDictionary<string, TranslationSource>(StringComparer.Ordinal);
        var resources = new List<string>();
        var images = new List<string>();
        var unwritten = new List<string>();
        var unreadable = new List<string>();
        var relativeFolder = $"content/{key.Collection.Name}/{folder.Name}";
        foreach (var (file, kind) in VisibleFiles(folder, root, diagnostics))
        {
            var relative = Path.GetRelativePath(folder.FullName, file.FullName)
                .Replace(Path.DirectorySeparatorChar, '/');
            var sitePath = $"{relativeFolder}/{relative}";
            if (relative == IndexFile)
            {
                index = SiteFile.ReadText(file.FullName, sitePath, diagnostics, kind) is { } yaml
                    ? YamlReader.ReadMapping(yaml, sitePath, diagnostics) : null;
            }
            else if (!relative.Contains('/') && file.Extension == ".md")
            {
                ReadText(file, kind, sitePath, config, diagnostics, translations, unwritten, unreadable);
            }
            else if (relative == "index.html")
            {
                diagnostics.Error(DiagnosticCodes.ReservedFileName, SourceLocation.File(sitePath),
                    "an entry's file cannot be called index.html: the entry's own page is published under that name",
                    "rename the file");
            }
            else if (PublishedName.Problem(relative) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.UnpublishableName, SourceLocation.File(sitePath), problem,
                    PublishedName.Hint);
            }
            else if (!SiteFile.IsRefused(file.FullName, sitePath, diagnostics, kind))
            {
                resources.Add(relative);
                if (ImageSizes.Handles(relative)) images.Add($"{relative}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
            }
        }
        if (index is null && !File.Exists(Path.Combine(folder.FullName, IndexFile)))
        {
            diagnostics.Error(DiagnosticCodes.MissingIndex, SourceLocation.File($"{relativeFolder}/{IndexFile}"),
                "this entry has no index.yaml", "create it with at least a 'title:' field");
        }
        resources.Sort(StringComparer.Ordinal);
        images.Sort(StringComparer.Ordinal);
        return new EntrySource(key, index, translations, resources)
        {
            Unwritten = unwritten, Unreadable = unreadable, Images = string.Join('\n', images),
        };
    }

    private static void ReportStray(string path, string why, DiagnosticBag diagnostics) =>
        diagnostics.Warning(DiagnosticCodes.StrayFile, SourceLocation.File(path), $"this file is not read: {why}",
            "move it into an entry's folder, or delete it");

    /// <summary>
    /// Splits a Markdown file into its front matter (between '---' lines at the top) and its body, which is kept
    /// exactly as written; control characters in the body are reported. The source of translations
    /// (<paramref name="isSource"/>) has its fingerprint taken too.
    /// </summary>
    internal static TranslationSource ReadTranslation(string language, string path, string text,
        DiagnosticBag diagnostics, bool isSource = false)
    {
        // Translations are made from the default language's text, and only its fingerprint is ever compared: hashing
        // every text was about half a percent of a build's processor time.
        var fingerprint = isSource ? SourceFingerprint.Of(text) : null;
        // Lines are read one at a time up to the end of the front matter: the body, most of the file, is not split.
        if (Line(text, 0, out var at).TrimEnd() is not "---")
        {
            ControlCharacters.Check(text, path, 1, diagnostics);
            return new TranslationSource(language, path, null, text, 1, fingerprint);
        }

        var fields = new List<string>();
        while (at >= 0)
        {
            var line = Line(text, at, out var next);
            if (line.TrimEnd() is "---" or "...")
            {
                var frontMatter = YamlReader.ReadMapping(string.Join('\n', fields), path, diagnostics, lineOffset: 1);
                var body = next < 0 ? "" : text[next..];
                ControlCharacters.Check(body, path, fields.Count + 3, diagnostics);
                return new TranslationSource(language, path, frontMatter, body, fields.Count + 3, fingerprint);
            }
            fields.Add(line.ToString());
            at = next;
        }
        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(path, 1, 1),
            "the front matter that starts on line 1 is never closed",
            "add a line with only '---' after the last field");
        return new TranslationSource(language, path, null, "", LineBreak().Count(text) + 2, fingerprint);
    }

    // The line of text starting at start; next is where the line after it starts, or -1 when no line break ends it.
    private static ReadOnlySpan<char> Line(string text, int start, out int next)
    {
        var rest = text.AsSpan(start);
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            next = -1;
            return rest;
        }
        next = start + end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return rest[..end];
    }

    // Line breaks as Markdig and YAML count them.
    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();

    /// <summary>
    /// The files and folders of <paramref name="folder"/> that are content, in name order. Hidden files (.DS_Store,
    /// editor backups) are skipped; symbolic links are reported and never followed, since they could reach outside the
    /// site; names that cannot be published are reported. Special files are left to the reader, which reports them by
    /// what they stand for.
    /// </summary>
    internal static IEnumerable<FileSystemInfo> VisibleEntries(DirectoryInfo folder, string root,
        DiagnosticBag diagnostics) =>
        VisibleWithKinds(folder, root, diagnostics).Select(entry => entry.Info);

    // The visible entries with the kinds the listing gave them, which the files' readers need not read again.
    private static IEnumerable<(FileSystemInfo Info, FileKind Kind)> VisibleWithKinds(DirectoryInfo folder, string root,
        DiagnosticBag diagnostics)
    {
        if (!folder.Exists) yield break;
        var folderPath = Path.GetRelativePath(root, folder.FullName).Replace(Path.DirectorySeparatorChar, '/');
        // The kinds from the listing: a site has thousands of entry folders, and reading each entry's status to tell a
        // link from a file or folder was as much again.
        foreach (var (name, kind) in FolderListing.Of(folder.FullName).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (IsIgnored(name)) continue;
            if (kind == FileKind.Link)
            {
                diagnostics.Warning(DiagnosticCodes.SymbolicLink, SourceLocation.File($"{folderPath}/{name}"),
                    "this is a symbolic link, which is not followed, so it is not published",
                    "copy the file or folder itself into the site");
                continue;
            }
            var path = Path.Join(folder.FullName, name);
            FileSystemInfo info = kind == FileKind.Folder ? new DirectoryInfo(path) : new FileInfo(path);
            if (SiteFile.HasUsableName(info, folderPath, name, diagnostics)) yield return (info, kind);
        }
    }

    /// <summary>
    /// Whether a file or folder called <paramref name="name"/> is left unread: hidden (<c>.git</c>) or an editor's
    /// backup (<c>en.md~</c>).
    /// </summary>
    internal static bool IsIgnored(ReadOnlySpan<char> name) => name.StartsWith('.') || name.EndsWith('~');

    private static IEnumerable<(FileInfo File, FileKind Kind)> VisibleFiles(DirectoryInfo folder, string root,
        DiagnosticBag diagnostics) =>
        VisibleWithKinds(folder, root, diagnostics).SelectMany(entry => entry.Info is DirectoryInfo d
            ? VisibleFiles(d, root, diagnostics)
            : [((FileInfo)entry.Info, entry.Kind)]);
}

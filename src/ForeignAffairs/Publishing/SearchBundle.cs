using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The pages Pagefind indexes, and its index put together from parts. Pagefind numbers pages in the order it finds them
/// in their folders, which is the order they were written in on some file systems: pages rendered on several threads
/// would give an index with other bytes on every build. So it reads a copy of the site's pages made of links to them,
/// written one after another in the order of their paths. An index in parts has a part per language, each with the
/// files named by their content's hash and its language listed in <c>pagefind-entry.json</c>; the files every part has,
/// such as the search script, are the same in each. Joined, they are the files a run over all the pages writes.
/// </summary>
internal static class SearchBundle
{
    private const string Entry = "pagefind-entry.json";
    private static readonly JsonSerializerOptions Written =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The HTML files of <paramref name="site"/>, outside <paramref name="bundle"/>, by their paths, in order.
    /// </summary>
    public static IReadOnlyList<string> Pages(string site, string bundle) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(bundle + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(site, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// <paramref name="pages"/> in a part per language of <paramref name="languages"/>, by the folder they are in; the
    /// pages outside those folders (the root pages, in no one language) go with the first.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> ByLanguage(IReadOnlyList<string> pages,
        IReadOnlyList<string> languages)
    {
        var folders = languages.Select((code, i) => (code, i))
            .ToDictionary(l => l.code, l => l.i, StringComparer.Ordinal);
        var of = pages.ToLookup(page => folders.GetValueOrDefault(page.Split('/')[0]));
        return languages.Select((_, i) => (IReadOnlyList<string>)[.. of[i]]).ToArray();
    }

    /// <summary>
    /// Writes in <paramref name="folder"/> a link to each of <paramref name="pages"/> of <paramref name="site"/>, in
    /// their order; a page removed since it was listed (the preview's rebuild may be replacing it) is left out.
    /// </summary>
    public static void Mirror(string site, IEnumerable<string> pages, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var page in pages)
        {
            var link = Path.Combine(folder, page);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            try
            {
                HardLink.Create(Path.Combine(site, page), link);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
            }
        }
    }

    /// <summary>
    /// Whether one of <paramref name="pages"/> of <paramref name="site"/> marks the part of it to index
    /// (<c>data-pagefind-body</c>): Pagefind then indexes only such parts, of all the pages it is given.
    /// </summary>
    public static bool MarksBody(string site, IEnumerable<string> pages) =>
        pages.Any(page =>
            File.ReadAllText(Path.Combine(site, page)).Contains("data-pagefind-body", StringComparison.Ordinal));

    /// <summary>
    /// Lists the languages in the entry file of <paramref name="bundle"/> in order of their codes, as joined parts list
    /// them.
    /// </summary>
    public static void SortLanguages(string bundle)
    {
        if (ReadEntry(bundle) is { } entry && JoinedEntry([entry]) is { } sorted) WriteEntry(bundle, sorted);
    }

    /// <summary>
    /// Removes <paramref name="folder"/> if it exists; when <paramref name="bestEffort"/>, a folder that cannot be
    /// removed is left.
    /// </summary>
    public static void Remove(string folder, bool bestEffort = false)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (bestEffort && ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Moves the files of the indexes in <paramref name="parts"/> into <paramref name="bundle"/> and lists every
    /// language in its entry file; false when they cannot be joined: two parts list one language, or differ in a file
    /// both have.
    /// </summary>
    public static bool Join(string bundle, IReadOnlyList<string> parts)
    {
        var entries = parts.Select(ReadEntry).OfType<JsonObject>().ToArray();
        var joined = entries.Length > 0 ? JoinedEntry(entries) : null;
        if (entries.Length > 0 && joined is null) return false;
        Directory.CreateDirectory(bundle);
        foreach (var part in parts)
            foreach (var file in Directory.GetFiles(part, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(part, file);
                if (relative == Entry) continue;
                var target = Path.Combine(bundle, relative);
                if (!File.Exists(target))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(file, target);
                }
                else if (!SameBytes(file, target)) return false;
            }
        if (joined is not null) WriteEntry(bundle, joined);
        return true;
    }

    // The entry file of the index in folder, if it has one.
    private static JsonObject? ReadEntry(string folder)
    {
        var entry = Path.Combine(folder, Entry);
        return File.Exists(entry) ? JsonNode.Parse(File.ReadAllText(entry))!.AsObject() : null;
    }

    private static void WriteEntry(string folder, JsonObject entry) =>
        File.WriteAllText(Path.Combine(folder, Entry), entry.ToJsonString(Written));

    // The first part's entry with the languages of all, in order of their codes; null when two parts list one language.
    private static JsonObject? JoinedEntry(IReadOnlyList<JsonObject> entries)
    {
        var languages = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var entry in entries)
            foreach (var (code, language) in entry["languages"]?.AsObject() ?? [])
                if (!languages.TryAdd(code, language?.DeepClone())) return null;
        var joined = entries[0].DeepClone().AsObject();
        joined["languages"] = new JsonObject(languages);
        return joined;
    }

    private static bool SameBytes(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length
        && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}

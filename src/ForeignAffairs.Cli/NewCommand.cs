using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Scaffolding;
using ForeignAffairs.Validation;

namespace ForeignAffairs.Cli;

/// <summary>The <c>new</c> command: creates an entry's folder, as a draft, from its collection's schema.</summary>
internal static class NewCommand
{
    /// <summary>Creates the entry named by <c>new &lt;collection&gt; &lt;slug&gt;</c>; returns the exit code.</summary>
    public static int Run(string source, Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        if (invocation.Arguments.Count != 2)
            return CliApplication.Refuse(stderr,
                "new takes a collection and a slug, such as: new projects hai-phong-logistics-park",
                CliApplication.UsageError);
        var (name, slug) = (invocation.Arguments[0], invocation.Arguments[1]);
        if (Collection.Find(name) is not { } collection)
        {
            var names = Collection.All.Select(c => c.Name).ToArray();
            return CliApplication.Refuse(stderr, $"'{name}' is not a collection ({Suggestion.Hint(name, names)})",
                CliApplication.UsageError);
        }
        if (SlugRule.Check(collection, slug) is { } problem)
        {
            var hint = problem.Code == DiagnosticCodes.ReservedSlug ? "choose another slug" : problem.Hint;
            return CliApplication.Refuse(stderr, $"{problem.Problem} ({hint})", CliApplication.UsageError);
        }

        var root = Path.GetFullPath(source);
        var diagnostics = new DiagnosticBag();
        if (SiteConfigReader.Read(root, diagnostics) is not { } config)
        {
            DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            return CliApplication.ContentErrors;
        }
        var folder = Path.Combine(root, "content", collection.Name);
        // Folder names that differ only in case are one folder on some file systems.
        if (Slugs(folder).FirstOrDefault(s => string.Equals(s, slug, StringComparison.OrdinalIgnoreCase)) is { } taken)
        {
            return CliApplication.Refuse(stderr,
                $"content/{collection.Name}/{taken}/ already exists; choose another slug, or edit " +
                "that entry", CliApplication.ContentErrors);
        }

        // Examples of what a reference may name are published entries: no published entry may refer to a draft.
        var files = EntryScaffold.Files(collection, slug, config,
            c => Slugs(Path.Combine(root, "content", c.Name)).Where(s => !IsDraft(root, c, s)).ToArray(),
            DateOnly.FromDateTime(DateTime.Now));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        stdout.WriteLine($"Created content/{collection.Name}/{slug}/ " +
            $"with {string.Join(", ", files.Select(f => Path.GetFileName(f.Path)))}.");
        stdout.WriteLine("It is a draft: fill in its fields ('check' lists what it still lacks) and write its text, " +
            "then delete the line 'draft: true' to publish it.");
        return CliApplication.Success;
    }

    private static IReadOnlyList<string> Slugs(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.'))
                .Order(StringComparer.Ordinal).ToArray()
            : [];

    private static bool IsDraft(string root, Collection collection, string slug)
    {
        var path = Path.Combine(root, "content", collection.Name, slug, ContentLoader.IndexFile);
        // An index that cannot be read is not taken for a draft; check reports it.
        return File.Exists(path)
            && YamlReader.ReadMapping(File.ReadAllText(path), path, new DiagnosticBag()) is { } index
            && DraftField.IsSet(index.Root);
    }
}

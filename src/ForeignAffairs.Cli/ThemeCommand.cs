using ForeignAffairs.Configuration;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;
using ForeignAffairs.Scaffolding;

namespace ForeignAffairs.Cli;

/// <summary>
/// The <c>theme eject [FILE]</c> command: copies the built-in theme, or one of its files or folders, into the site's
/// <c>themes/default/</c>, where each copy takes the place of the built-in file, to be customised. It never replaces a
/// file.
/// </summary>
internal static class ThemeCommand
{
    /// <summary>
    /// Runs <c>theme eject [FILE]</c> on the site in <paramref name="source"/>; returns the exit code.
    /// </summary>
    public static int Run(string source, Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        if (invocation.Arguments is not ["eject", ..] || invocation.Arguments.Count > 2)
        {
            return CliApplication.Refuse(stderr,
                "theme takes eject and, if you want one file or folder of the built-in theme, its path: " +
                "theme eject layouts/partials/footer.html", CliApplication.UsageError);
        }
        var path = invocation.Arguments.ElementAtOrDefault(1);
        var files = ThemeScaffold.Files(path);
        if (files.Count == 0)
        {
            var hint = Suggestion.Closest(path!, BuiltInTheme.Files) is { } near
                ? $"did you mean '{near}'?"
                : "its files are under layouts/, i18n/ and assets/";
            return CliApplication.Refuse(stderr, $"the built-in theme has no file or folder '{path}' ({hint})",
                CliApplication.UsageError);
        }

        var root = Path.GetFullPath(source);
        var diagnostics = new DiagnosticBag();
        if (SiteConfigReader.Read(root, diagnostics) is not { } config)
        {
            DiagnosticReport.WriteText(diagnostics.ToSortedList(), stderr);
            return CliApplication.ContentErrors;
        }
        if (config.Theme != BuiltInTheme.Name)
        {
            return CliApplication.Refuse(stderr,
                $"the site's theme is '{config.Theme}', a folder of its own: the built-in theme is used " +
                $"only with 'theme: {BuiltInTheme.Name}' in {SiteConfigReader.FileName}", CliApplication.ContentErrors);
        }
        if (ScaffoldWriter.Taken(root, files) is { Count: > 0 } taken)
        {
            return CliApplication.Refuse(stderr,
                $"{string.Join(", ", taken)} {(taken.Count == 1 ? "is" : "are")} there already: theme " +
                "eject never replaces a file; edit it, or move it away to eject the built-in file again",
                CliApplication.ContentErrors);
        }
        ScaffoldWriter.Write(root, files);
        stdout.WriteLine(files.Count == 1
            ? $"Copied {path} of the built-in theme to {files[0].Path}: " +
              "the site now uses it in place of the built-in file."
            : $"Copied {files.Count} files of the built-in theme to {ThemeScaffold.Folder}/: " +
              "the site now uses each in place of the " +
              "built-in file. Keep only those you change, " +
              "so that the others follow the built-in theme when foreign-affairs is updated.");
        return CliApplication.Success;
    }
}

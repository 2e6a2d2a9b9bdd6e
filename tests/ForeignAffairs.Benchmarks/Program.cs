using System.Globalization;
using ForeignAffairs.Benchmarks;
using ForeignAffairs.Tests.Support;

// Benchmarks of whole builds and of the preview's rebuilds. Measure on tmpfs (/dev/shm) so that the disk is not
// measured, and compare with Hugo in the same run (see the README): these machines are noisy, so ratios mean more than
// times.
//   build N [--skew] [--news M] [--runs R] [--work DIR]
//       generates a site of N projects in en, ja and ko (20 provinces, 10 sectors, bodies of about 420 words), builds
//       it R times (default 3) with the Release command line, each a new process, and prints files, wall time, peak
//       memory and the time of each stage (medians). --skew puts every project in one province and sector.
//   rebuild sample|N [runs] [work folder] [--only TEXT]
//       times the preview's rebuilds after edits: of the sample site, or of a generated site of N projects; with
//       --only, only the edits whose name holds TEXT ("one project's text", "one project's area", "a partial template",
//       "the base layout").
//   markdown [L,L,...]
//       times the reading of Markdown that makes a parser work hard, each shape at each length in characters
//       (default 40960,163840,655360,4194304), with what a build reports on it.
//   images [MP,MP,...] [--runs R]
//       times the processing of one photograph-like JPEG of each size in megapixels (default 2,12,24) into the sizes
//       and formats a build publishes (median of R runs, default 5), with the bytes of the original and of the
//       variants.
//   templates [ROWS] [--runs R]
//       times one project's table row, the markup a build renders most, with Scriban as the build renders it and
//       with its own context, with Scriban's tree compiled, with Fluid, with Handlebars.Net and in C# by hand
//       (default 10000 rows, median of R runs, default 5): what another engine, or compiling the themes, would save.
if (args.Length > 0 && args[0] == "rebuild") return Rebuild(args[1..]);
if (args.Length > 1 && args[0] == "build") return BuildBenchmark.Run(BuildBenchmark.Options.Parse(args[1..]));
if (args.Length > 0 && args[0] == "images") return ImageBenchmark.Run(args[1..]);
if (args.Length > 0 && args[0] == "templates") return Templates(args[1..]);
if (args.Length > 0 && args[0] == "markdown")
    return MarkdownBenchmark.Run((args.Length > 1 ? args[1] : "40960,163840,655360,4194304").Split(',')
        .Select(int.Parse).ToArray());
Console.Error.WriteLine(
    "usage: build N [--skew] [--news M] [--runs R] [--work DIR] | " +
    "rebuild sample|N [runs] [work folder] [--only TEXT] | " +
    "markdown [L,L,...] | images [MP,MP,...] [--runs R] | templates [ROWS] [--runs R]");
return 2;

static int Rebuild(string[] args)
{
    var at = Array.IndexOf(args, "--only");
    var only = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    if (at >= 0) args = [.. args[..at], .. args[Math.Min(at + 2, args.Length)..]];
    var repository = RepositoryRoot.Path;
    var which = args.Length > 0 ? args[0] : "sample";
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    var root = Path.Combine(args.Length > 2 ? args[2] : Path.GetTempPath(), $"fa-rebuild-{which}");
    if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    string project;
    if (which == "sample")
    {
        foreach (var folder in new[] { "content", "themes" })
            FolderCopy.Copy(Path.Combine(repository, folder), Path.Combine(root, folder));
        project = "bac-ninh-electronics-component-plots";
    }
    else
    {
        SyntheticSite.Write(root, Path.Combine(repository, "themes", "default"),
            new SyntheticShape(int.Parse(which, CultureInfo.InvariantCulture)));
        project = "p-00001";
    }
    // The search index is built as in the repository, with its npm packages.
    Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), Path.Combine(repository, "node_modules"));
    try
    {
        return RebuildBenchmark.Run(root, project, runs, only);
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static int Templates(string[] args)
{
    var at = Array.IndexOf(args, "--runs");
    var runs = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 5;
    var rows = args.Length > 0 && at != 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
    return TemplateEngineBenchmark.Run(rows, runs);
}

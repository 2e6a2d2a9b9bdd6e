using System.Diagnostics;
using System.Globalization;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// Times the reading of Markdown that makes a parser work hard: each of <see cref="PathologicalMarkdown.Shapes"/> at
/// each length, parsed and rendered as a build does, with what the build reports (ok, FA3014, FA3015). A shape is not
/// tried at greater lengths once it takes longer than a minute.
/// </summary>
internal static class MarkdownBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static int Run(IReadOnlyList<int> lengths)
    {
        Read("warm *up*");
        Console.WriteLine($"{"shape",-44}" + string.Concat(lengths.Select(l => $"{Kilobytes(l),22}")));
        foreach (var (name, make, _) in PathologicalMarkdown.Shapes)
        {
            Console.Write($"{name,-44}");
            foreach (var length in lengths)
            {
                var clock = Stopwatch.StartNew();
                var outcome = Read(make(length));
                Console.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{clock.Elapsed.TotalSeconds,12:0.000} s {outcome,-6}"));
                if (clock.Elapsed > Patience) break;
            }
            Console.WriteLine();
        }
        return 0;
    }

    // The first problem's code, or "ok" when the text renders.
    private static string Read(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownSyntax.Parse(markdown, "en.md", 1, diagnostics);
        if (document is not null) MarkdownSyntax.ToHtml(document, "en.md", 1, diagnostics);
        return diagnostics.ToSortedList().FirstOrDefault()?.Code ?? "ok";
    }

    private static string Kilobytes(int length) => string.Create(CultureInfo.InvariantCulture, $"{length / 1024} KB");
}

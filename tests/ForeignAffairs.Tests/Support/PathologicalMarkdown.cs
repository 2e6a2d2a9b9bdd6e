using System.Text;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Tests.Support;

/// <summary>
/// Markdown that makes a parser work hard: the same few characters repeated to a given length, each shape once known to
/// make Markdig's time grow with the square of the length, throw, or nest without end. The hostile tests build them at
/// the 4 MB a content file may have; the benchmark times them at several lengths.
/// </summary>
public static class PathologicalMarkdown
{
    private const string TooDeep = DiagnosticCodes.MarkdownTooDeep;
    private const string TooComplex = DiagnosticCodes.MarkdownTooComplex;

    /// <summary>
    /// Each shape by name, as a text of the given length, and the code a long text of it is refused with: FA3014 when
    /// it nests too deep, FA3015 when it would take too long to parse, null when it is harmless once parsed.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<int, string> Make, string? Refusal)> Shapes { get; } =
    [
        ("link openers [", n => Repeat("[", n), TooComplex),
        ("link texts without address end [a](", n => Repeat("[a](", n), TooComplex),
        ("empty link texts [](", n => Repeat("[](", n), TooComplex),
        ("link addresses without spaces [a](b", n => Repeat("[a](b", n), TooComplex),
        ("reference links [a][", n => Repeat("[a][", n), TooComplex),
        ("image openers ![", n => Repeat("![", n), TooComplex),
        ("footnote openers [^", n => Repeat("[^", n), TooComplex),
        ("link openers on lines [", n => Repeat("[\n", n), TooComplex),
        ("autolink openers <", n => Repeat("<", n), null),
        ("web addresses www.", n => Repeat("www.a.b ", n), TooComplex),
        ("delimiter runs *_", n => Repeat("*_", n), TooComplex),
        ("emphasis openers *a", n => Repeat("*a ", n), TooComplex),
        ("emphasis pairs *a*", n => Repeat("*a* ", n), TooComplex),
        ("emphasis openers on lines *a", n => Repeat("*a\n", n), TooComplex),
        ("underscores _a", n => Repeat("_a ", n), TooComplex),
        ("tildes ~a", n => Repeat("~a ", n), TooComplex),
        ("carets ^a", n => Repeat("^a ", n), TooComplex),
        ("highlights ==a", n => Repeat("==a ", n), TooComplex),
        ("insertions ++a", n => Repeat("++a ", n), TooComplex),
        ("backtick runs of every length", BacktickRuns, TooComplex),
        ("a backtick before lines starting with |", n => Repeat("a\n", n / 2) + "`" + Repeat("\n|", n / 2 - 1),
            TooComplex),
        ("link definitions [a]: b", n => Repeat("[a]: b\n", n), TooComplex),
        ("headings # a", n => Repeat("# a\n", n), TooComplex),
        ("empty headings #", n => Repeat("#\n", n), TooComplex),
        ("setext headings a/=", n => Repeat("a\n=\n", n), TooComplex),
        ("quotes > >", n => Repeat("> ", n), TooDeep),
        ("lists - -", n => Repeat("- ", n - 1) + "a", TooDeep),
        ("ordered lists 1. 1.", n => Repeat("1. ", n - 1) + "a", TooDeep),
        ("images in images ![![", n => Repeat("![", n / 8) + "a" + Repeat("](b)", n / 8), TooComplex),
        ("emphasis in emphasis **", n => new string('*', n / 2) + "a" + new string('*', n / 2 - 1), TooDeep),
    ];

    /// <summary><paramref name="part"/> repeated up to <paramref name="length"/> characters.</summary>
    public static string Repeat(string part, int length)
    {
        var text = new StringBuilder(length + part.Length);
        while (text.Length < length) text.Append(part);
        return text.ToString(0, Math.Min(length, text.Length));
    }

    // Runs of 1, 2, 3... backticks, no two alike: no code span closes, and each run is looked for up to the end.
    private static string BacktickRuns(int length)
    {
        var text = new StringBuilder(length);
        for (var run = 1; text.Length < length; run++) text.Append('`', run).Append(' ');
        return text.ToString(0, length);
    }
}

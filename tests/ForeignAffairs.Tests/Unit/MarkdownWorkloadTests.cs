using ForeignAffairs.Content;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The workload charges runs of plain characters at once: it must refuse the same texts at the same offsets as when it
/// charges each character. A text whose character counts bound its work within the budget is not scanned: the scan
/// must never have refused it.
/// </summary>
public sealed class MarkdownWorkloadTests
{
    private static readonly MarkdownMarks OneByOne = MarkdownSyntax.Marks.OneByOne();

    public static TheoryData<string> ShapeNames() => [.. PathologicalMarkdown.Shapes.Select(s => s.Name)];

    // The scan itself, not the bound that spares a text from it.
    private static (int Offset, string Problem, string Hint)? Scanned(string text, MarkdownMarks marks) =>
        MarkdownWorkload.Scanned(text, marks).Excess;

    // A shape at each length: alone, with words between its parts, and followed by a long paragraph of words.
    private static IEnumerable<string> Texts(string name, int[] lengths, int wordsPerCharacter)
    {
        var make = PathologicalMarkdown.Shapes.Single(s => s.Name == name).Make;
        foreach (var length in lengths)
        {
            var shape = make(length);
            yield return shape;
            yield return shape.Replace(" ", " lorem ipsum dolor ").Replace("\n", " sit amet\n");
            yield return shape
                + PathologicalMarkdown.Repeat(" plain words in the same paragraph", length * wordsPerCharacter);
        }
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Runs_are_charged_as_their_characters_one_by_one(string name)
    {
        foreach (var text in Texts(name, [1_000, 60_000, 400_000], 4))
            Assert.Equal(Scanned(text, OneByOne), Scanned(text, MarkdownSyntax.Marks));
    }

    // A text is not scanned when its counts bound its work within the budget: the bound must never be below what the
    // scan charges, or a text the scan refuses would be parsed.
    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void The_bound_counted_from_a_text_is_never_below_what_the_scan_charges_it(string name)
    {
        foreach (var text in Texts(name, [200, 1_000, 20_000], 1)) AssertBounded(text);
    }

    [Fact]
    public void Random_texts_of_marks_addresses_and_tables_are_charged_no_more_than_their_bound()
    {
        // Pieces that open marks, code spans, link addresses and definitions, start web addresses and table rows.
        string[] pieces = ["*", "_", "~~", "^", "++", "==", "[", "]", "(", ")", "`", "``", "\\", "<", "!", "&", " ",
            "\n", "\r\n", "\n\n", "\n| ", "\n[a]: ", "http://", "https://", "ftp://", "mailto:", "tel:", "www.", "h",
            "word", "語"];
        var random = new Random(20261205);
        for (var i = 0; i < 3_000; i++)
        {
            var count = random.Next(1, 600);
            AssertBounded(string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Length)])));
        }
    }

    [Fact]
    public void The_texts_of_the_sample_site_are_within_the_budget_by_their_counts_alone()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content"), "*.md",
            SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            AssertBounded(text);
            Assert.True(MarkdownWorkload.MostWork(text) <= MarkdownWorkload.Budget);
        }
    }

    private static void AssertBounded(string text)
    {
        var bound = MarkdownWorkload.MostWork(text);
        var (work, excess) = MarkdownWorkload.Scanned(text, MarkdownSyntax.Marks);
        Assert.True(bound >= work, $"{bound} below {work} for {text[..Math.Min(200, text.Length)]}");
        // Within the budget, the scan refuses no text: not for its work, its open marks or its headings.
        if (bound <= MarkdownWorkload.Budget) Assert.Null(excess);
    }

    // Texts whose plain runs sit next to what the workload charges apart: an escape before a letter, link addresses
    // ended by spaces, link definitions between paragraphs of words; each repeated to 400,000 characters.
    [Theory]
    [InlineData("\\a*b ")]
    [InlineData("[x](y words and more ")]
    [InlineData("[a]: b\nwords of a paragraph\n")]
    [InlineData("`x `y words *z _w ")]
    public void Plain_runs_beside_marks_are_charged_as_one_by_one(string part)
    {
        var text = PathologicalMarkdown.Repeat(part, 400_000);
        Assert.Equal(Scanned(text, OneByOne), Scanned(text, MarkdownSyntax.Marks));
    }

    [Fact]
    public void A_long_paragraph_after_open_code_spans_is_refused_inside_its_run_of_letters()
    {
        // Each open backtick run makes every later character cost one more step: the budget runs out within the
        // letters, which are charged a run at a time.
        var text = string.Concat(Enumerable.Range(1, 300).Select(n => new string('`', n) + " ")) +
            new string('x', 400_000);
        var excess = MarkdownWorkload.Excess(text, MarkdownSyntax.Marks);

        Assert.NotNull(excess);
        Assert.Equal('x', text[excess.Value.Offset]);
        Assert.False(MarkdownSyntax.Marks.Notable.Contains(text[excess.Value.Offset]));
        Assert.Equal(Scanned(text, OneByOne), excess);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Every example of the README's theme author's guide, rendered on the page the guide names, writes what the guide
/// shows: the same elements, attributes and texts, whitespace aside. The guide cannot then fall behind the tool.
/// </summary>
public sealed partial class ThemeGuideTests(ThemeGuideTests.Site site) : IClassFixture<ThemeGuideTests.Site>
{
    /// <summary>
    /// The sample site with the guide's exchange rate, its projects' pages made of the guide's examples, each in a
    /// <c>div</c> of its own.
    /// </summary>
    public sealed class Site : IDisposable
    {
        private readonly SampleCopy _sample = new(search: false);

        public Site()
        {
            File.AppendAllText(_sample.PathOf("content/site.yaml"),
                "exchange_rate: {vnd_per_usd: 25000, date: 2025-01-02, source: State Bank of Vietnam central rate}\n");
            _sample.Write("themes/default/layouts/projects/entry.html", string.Concat(ThemeGuide.Examples.Select(
                (example, i) => $"<div data-guide-example=\"{i}\">\n{example.Template}</div>\n")));
            Built = BuiltSite.Build(_sample);
        }

        public BuiltSite Built { get; }

        public void Dispose() => _sample.Dispose();
    }

    private static readonly HtmlParser Parser = new();

    public static TheoryData<int> Examples => [.. Enumerable.Range(0, ThemeGuide.Examples.Count)];

    [Fact]
    public void The_guide_shows_each_group_of_what_templates_get()
    {
        // The page, strings, figures, addresses, lists, events, structured data and partials.
        Assert.Equal(8, ThemeGuide.Examples.Count);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_writes_what_the_guide_shows(int example)
    {
        var written = site.Built.Page(ThemeGuide.Page).QuerySelector($"div[data-guide-example=\"{example}\"]");
        Assert.NotNull(written);
        var shown = Parser.ParseDocument($"<!DOCTYPE html><body><div>{ThemeGuide.Examples[example].Expected}</div>")
            .Body!.FirstElementChild!;

        Assert.Equal(Canonical(shown), Canonical(written));
    }

    // The element's content, an element or a line of text a line: attributes in the order of their names, lines of
    // text without the spaces around them or runs of spaces within them, and no line of whitespace alone.
    private static string Canonical(IElement parent)
    {
        var text = new StringBuilder();
        void Write(INode node)
        {
            switch (node)
            {
                case IElement element:
                    text.Append('<').Append(element.LocalName);
                    foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                        text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                    text.Append(">\n");
                    foreach (var child in element.ChildNodes) Write(child);
                    text.Append("</").Append(element.LocalName).Append(">\n");
                    break;
                case IText { Data: var data }:
                    var lines = data.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l != "");
                    foreach (var line in lines)
                        text.Append(line).Append('\n');
                    break;
            }
        }
        foreach (var node in parent.ChildNodes) Write(node);
        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

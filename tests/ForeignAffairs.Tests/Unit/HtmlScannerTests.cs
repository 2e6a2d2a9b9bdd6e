using AngleSharp.Html.Parser;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;
using ForeignAffairs.Tests.Integration;
using ForeignAffairs.Verification;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The verify stage reads a page's facts with a scanner over its text; it must find what a browser's parser puts in the
/// document, which the equivalence tests check against AngleSharp's full parser.
/// </summary>
public sealed class HtmlScannerTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static PageFacts Read(string html) =>
        PageFacts.Read(new RenderedPage("index.html", html, "en", "content/site.yaml"));

    private static IReadOnlyList<string> Links(string html) => Read(html).Links;

    // Attributes

    [Fact]
    public void Attribute_values_may_be_double_quoted_single_quoted_or_unquoted()
    {
        Assert.Equal(["a b", "c\"d", "/e/f/", "g'h"],
            Links("""<a href="a b"></a><a href='c"d'></a><a href=/e/f/></a><a href = "g'h">"""));
    }

    [Fact]
    public void A_quoted_value_may_hold_a_greater_than_sign_and_an_unquoted_one_ends_at_whitespace()
    {
        Assert.Equal(["x>y", "z"], Links("""<a title="<b>" href="x>y"></a><a href=z title=w>"""));
    }

    [Fact]
    public void Tag_and_attribute_names_are_case_insensitive()
    {
        var facts = Read("""<HTML LANG="vi"><A HREF="/a/" ID="Top"></A><Img SRC="/i.png">""" +
            """<LINK Rel="Alternate" HrefLang="ja" HREF=/ja/>""");

        Assert.Equal("vi", facts.Lang);
        Assert.Equal(["/a/", "/i.png", "/ja/"], facts.Links);
        Assert.Equal(["Top"], facts.Ids);
        Assert.Equal(["/i.png"], facts.ImagesWithoutAlt);
        Assert.Equal([new Alternate("ja", "/ja/")], facts.Alternates);
    }

    [Fact]
    public void An_attribute_without_a_value_has_the_empty_value()
    {
        var facts = Read("<img src alt><a href>");

        Assert.Equal([""], facts.Links);
        Assert.Empty(facts.ImagesWithoutAlt);
    }

    [Fact]
    public void The_first_of_two_attributes_of_the_same_name_wins()
    {
        var facts = Read("<a href=first HREF=second id=one Id=two></a>");

        Assert.Equal(["first"], facts.Links);
        Assert.Equal(["one"], facts.Ids);
    }

    [Fact]
    public void A_tag_the_document_ends_in_is_no_tag()
    {
        Assert.Equal(["/kept/"], Links("""<a href="/kept/">kept</a><a href="/cut/" """));
    }

    // Character references in attribute values

    [Theory]
    [InlineData("/search/?q=a&amp;lang=ja", "/search/?q=a&lang=ja")]
    [InlineData("&quot;&lt;&gt;&apos;", "\"<>'")]
    [InlineData("Bac Ninh&#39;s &#x27;best&#X27;", "Bac Ninh's 'best'")]
    [InlineData("&eacute;&NotEqualTilde;&fjlig;&Afr;", "é\u2242\u0338fj\U0001D504")]
    [InlineData("&#65&#x42 &#128;&#150;", "AB €–")]
    [InlineData("&#0;&#xD800;&#x110000;&#99999999999;", "\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("&#; &#x; &# &", "&#; &#x; &# &")]
    [InlineData("&unknown; &amp-b &copy 2025", "&unknown; &-b © 2025")]
    public void Character_references_in_attribute_values_are_decoded(string written, string value)
    {
        Assert.Equal([value], Links($"""<a href="{written}">"""));
    }

    [Theory]
    [InlineData("?a=1&copy=2")]
    [InlineData("?a=1&copy2025")]
    [InlineData("?a=1&notit;")]
    [InlineData("&ampx")]
    public void A_reference_without_its_semicolon_before_an_equals_sign_or_a_letter_or_digit_stays_as_written(
        string written)
    {
        Assert.Equal([written], Links($"""<a href="{written}">"""));
    }

    [Fact]
    public void A_reference_without_its_semicolon_elsewhere_is_decoded()
    {
        Assert.Equal(["?a=1&b=2", "© 2025", "¬"],
            Links("""<a href="?a=1&amp;b=2"></a><a href="&copy 2025"></a><a href='&not'>"""));
    }

    [Fact]
    public void Carriage_returns_in_values_are_read_as_line_feeds()
    {
        Assert.Equal(["a\nb\nc"], Links("<a href=\"a\r\nb\rc\">"));
    }

    // What is not a tag

    [Fact]
    public void Comments_hide_the_tags_in_them()
    {
        Assert.Equal(["/shown/"],
            Links("""<!-- <a href="/hidden/"> --><!--<a href=/hidden/>--!><a href=/shown/><!-- <a href=/hidden/>"""));
    }

    [Theory]
    [InlineData("<!--><a href=/shown/>")]
    [InlineData("<!---><a href=/shown/>")]
    [InlineData("<!----><a href=/shown/>")]
    [InlineData("<!-- <!-- --><a href=/shown/>")]
    [InlineData("<!-- a -- b --!><a href=/shown/>")]
    public void A_comment_ends_at_its_first_end(string html)
    {
        Assert.Equal(["/shown/"], Links(html));
    }

    [Fact]
    public void Doctypes_processing_instructions_and_cdata_in_html_end_at_the_first_greater_than_sign()
    {
        Assert.Equal(["/a/", "/b/", "/c/"], Links(
            """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"><a href=/a/><?xml version="1.0"?>""" +
            """<a href=/b/><![CDATA[ x ]]><a href=/c/>"""));
    }

    [Fact]
    public void End_tags_and_their_attributes_are_skipped()
    {
        Assert.Equal(["/after/"], Links("""</a href="/end/"></p title=">"><a href="/after/"></ >"""));
    }

    [Theory]
    [InlineData("a < b <a href=/shown/>")]
    [InlineData("<3 <> <1a href=/x/><a href=/shown/>")]
    [InlineData("< a href=/x/><a href=/shown/>")]
    public void A_less_than_sign_not_followed_by_a_letter_slash_exclamation_or_question_mark_is_text(string html)
    {
        Assert.Equal(["/shown/"], Links(html));
    }

    // Raw text

    [Theory]
    [InlineData("""<script>var a = '<a href="/hidden/">';</script>""")]
    [InlineData("""<script>document.write("</scrip" + "t><a href='/hidden/'>");</script >""")]
    [InlineData("""<SCRIPT>if (a </script2) b = "<a href='/hidden/'>"</Script/>""")]
    [InlineData("""<script><!-- document.write("<script></script><a href='/hidden/'>") --></script>""")]
    [InlineData("""<style>a[href="<a href='/hidden/'>"] { }</style>""")]
    [InlineData("""<textarea><a href="/hidden/"></textarea>""")]
    [InlineData("""<iframe src="/frame/"><a href="/hidden/"></iframe>""")]
    [InlineData("""<xmp><a href="/hidden/"></xmp><noembed><a href="/hidden/"></noembed>""" +
        """<noframes><a href="/hidden/"></noframes>""")]
    public void Tags_within_raw_text_are_text(string html)
    {
        Assert.DoesNotContain("/hidden/", Links(html + """<a href="/shown/">"""));
        Assert.Contains("/shown/", Links(html + """<a href="/shown/">"""));
    }

    [Fact]
    public void A_script_comment_with_script_tags_in_it_runs_past_a_script_end_tag()
    {
        Assert.Equal(["/app.js"],
            Links("""<script src="/app.js"><!-- <script> </script> <a href="/hidden/"></script>"""));
    }

    [Fact]
    public void Plaintext_makes_the_rest_of_the_document_text()
    {
        Assert.Equal(["/before/"], Links("""<a href="/before/"><plaintext></plaintext><a href="/after/">"""));
    }

    // The title

    [Fact]
    public void The_title_has_its_references_decoded_and_its_whitespace_collapsed()
    {
        var facts = Read("<title>\n  Bắc Ninh &amp;\tĐà Nẵng &notit; <b>news</b>\r\n</title>");

        Assert.Equal("Bắc Ninh & Đà Nẵng ¬it; <b>news</b>", facts.Title);
    }

    [Fact]
    public void Only_the_first_title_counts()
    {
        Assert.Equal("First", Read("<title>First</TITLE ><title>Second</title>").Title);
    }

    [Fact]
    public void Without_a_title_the_title_is_empty()
    {
        Assert.Equal("", Read("<html><head></head><body><h1>Heading</h1></body></html>").Title);
    }

    [Fact]
    public void The_title_of_an_svg_image_is_not_the_title_of_the_page()
    {
        var facts = Read("""<svg viewBox="0 0 1 1"><title id="chart">Chart</title>""" +
            """<desc><style>.a{}</style></desc></svg><title>Page""");

        Assert.Equal("Page", facts.Title);
        Assert.Equal(["chart"], facts.Ids);
    }

    [Fact]
    public void Within_svg_style_and_script_hold_markup_and_only_cdata_hides_it()
    {
        Assert.Equal(["/in-style/", "/in-script/"], Links(
            """<svg><style><a href="/in-style/"></a></style><script><a href="/in-script/"></a></script>""" +
            """<![CDATA[<a href="/hidden/">]]></svg>"""));
    }

    [Fact]
    public void In_svg_a_link_is_its_href_and_not_its_xlink_href_as_in_browsers()
    {
        // AngleSharp's GetAttribute("href") finds an xlink:href as well; a browser's getAttribute does not.
        Assert.Equal(["/svg/"],
            Links("""<svg><a xlink:href="/xlink/" href="/svg/"><text>x</text></a><a xlink:href="/only/"></a></svg>"""));
    }

    // Ids

    [Fact]
    public void Every_id_and_every_a_name_is_a_fragment_target()
    {
        var facts = Read(
            """<h2 id="history"></h2><a name="top"></a><svg><g id="bars"/></svg><p id=""></p><a name="">""");

        Assert.Equal(["bars", "history", "top"], facts.Ids.Order(StringComparer.Ordinal));
        Assert.Empty(facts.DuplicateIds);
    }

    [Fact]
    public void An_id_given_again_is_a_duplicate_once_in_document_order()
    {
        Assert.Equal(["b", "a"],
            Read("<p id=a></p><p id=b></p><p id=b></p><p id=a></p><p id=a></p><p id=b>").DuplicateIds);
    }

    [Fact]
    public void Elements_within_a_template_are_not_in_the_document()
    {
        var facts = Read("""
            <template id="row"><tr id="cell"><td><a href="/hidden/"><template></template><img></td></tr></template>
            <a href="/shown/">
            """);

        Assert.Equal(["row"], facts.Ids);
        Assert.Equal(["/shown/"], facts.Links);
        Assert.Empty(facts.ImagesWithoutAlt);
    }

    // Links

    [Fact]
    public void Links_are_hrefs_and_srcs_each_once_in_first_seen_order()
    {
        var facts = Read("""
            <link rel="stylesheet" href="/site.css"><script src="/app.js"></script><a href="/a/">a</a><img src="/i.png" alt="">
            <picture><source src="/v.webm"></picture><iframe src="/map/"></iframe><a href="/a/">again</a><a>none</a><a href="">empty</a>
            """);

        Assert.Equal(["/site.css", "/app.js", "/a/", "/i.png", "/v.webm", "/map/", ""], facts.Links);
    }

    [Fact]
    public void An_image_without_alt_is_listed_by_its_src()
    {
        var facts = Read("""<img src="/a.png"><img alt="" src="/b.png"><img><img src="/a.png">""");

        Assert.Equal(["/a.png", "", "/a.png"], facts.ImagesWithoutAlt);
    }

    [Fact]
    public void Alternates_are_links_with_alternate_among_their_rel_tokens_an_hreflang_and_an_href()
    {
        var facts = Read("""
            <link rel="alternate" hreflang="en" href="/en/"><link rel="ALTERNATE  icon" hreflang="x-default" href="/">
            <link rel="alternate" href="/feed.xml"><link rel="alternated" hreflang="ko" href="/ko/"><link rel="alternate" hreflang="ja">
            """);

        Assert.Equal([new Alternate("en", "/en/"), new Alternate("x-default", "/")], facts.Alternates);
    }

    // The head

    [Fact]
    public void The_description_is_the_content_of_the_first_meta_named_description()
    {
        Assert.Equal("Đà Nẵng & more",
            Read("""<meta name="Description" content="Đà Nẵng &amp; more"><meta name=description content=2>""")
                .Description);
        Assert.Null(Read("""<meta name="description"><meta name="description" content="second">""").Description);
        Assert.Null(Read("""<meta property="og:description" content="social">""").Description);
    }

    [Fact]
    public void The_language_is_the_lang_of_the_html_element()
    {
        Assert.Equal("ja", Read("""<!DOCTYPE html><html lang="ja"><body><html lang="ko">""").Lang);
        Assert.Null(Read("<!DOCTYPE html><html><body></body></html>").Lang);
        Assert.Null(Read("<!DOCTYPE html><p lang=ja>").Lang);
    }

    // Equivalence with a full parser

    public static TheoryData<string> EdgeCases() =>
    [
        """<a href="a b"></a><a href='c"d'></a><a href=/e/f/></a><a href = "g'h">""" +
            """<a title="<b>" href="x>y"></a><a href=z title=w>""",
        """<HTML LANG="vi"><A HREF="/a/" ID="Top"></A><Img SRC="/i.png">""" +
            """<LINK Rel="Alternate" HrefLang="ja" HREF="/ja/">""",
        "<img src alt><a href><a href=first HREF=second id=one Id=two></a><a href=x/ id=y/><img src=/i.png/>",
        """<a href="/kept/">kept</a><a href="/cut/" """,
        """<a href="/kept/">kept</a><a href="/cut/""",
        """<a href="/kept/">kept</a><a href""",
        """<a href="?q=a&amp;lang=ja&quot;&lt;&gt;&apos;"><a href="Bac Ninh&#39;s &#x27;best&#X27;">""" +
            """<a href="&eacute;&NotEqualTilde;">""",
        """<a href="&#65&#x42 &#128;&#150;&#129;"><a href="&#0;&#xD800;&#x10FFFF;&#xFFFE;">""" +
            """<a href="&#; &#x; &# & &#13;">""",
        """<a href="&unknown; &amp-b &copy 2025 &amp"><a href="?a=1&copy=2">""" +
            """<a href="?a=1&copy2025"><a href="?a=1&notit;">""",
        """<a href="&ampx"><a href="&fjlig;&Afr;">""",
        """<a href=&amp;x=1><a href='&not'it;><a href=&lt&gt><a id="&Aacute;&aacute&AElig">""" +
            """<a href="&Afr;&afr;&amp;;">""",
        "<a href=\"a\r\nb\rc\"><a href=\"x\0y\"><a id=\"\0\">",
        """<!-- <a href="/hidden/"> --><!--<a href="/hidden/">--!><a href="/shown/"><!-- <a href="/hidden/">""",
        "<!--><a href=/1/><!---><a href=/2/><!----><a href=/3/><!-- <!-- --><a href=/4/><!-- a -- b --!><a href=/5/>",
        "<!-- --- --><a href=/6/>",
        "<!----!><a href=/1/><!--->--><a href=/2/><!-- --!-- --><a href=/3/><!-- <a href=/hidden/>",
        """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"><a href=/a/><?xml version="1.0"?>""" +
            """<a href=/b/><![CDATA[ x ]]><a href=/c/>""",
        """</a href="/end/"></p title=">"><a href="/after/"></ ><a href=/z/></>""",
        "a < b <a href=/1/> <3 <> <1a href=/x/><a href=/2/> < a href=/x/><a href=/3/> <",
        """<script>var a = '<a href="/hidden/">';</script>""" +
            """<script>document.write("</scrip" + "t><a href='/x/'>");</script ><a href=/1/>""",
        """<SCRIPT>if (a </script2) b = "<a href='/hidden/'>"</Script/><a href=/2/>""",
        """<script><!-- document.write("<script></script><a href='/hidden/'>") --></script><a href=/3/>""",
        """<script src="/app.js"><!-- <script> </script> <a href="/hidden/"></script><a href=/4/>""",
        "<script><!--<script>--></script><a href=/hidden/></script><a href=/5/>",
        "<script><!-- <scriptx> </script><a href=/6/><script><!--> </script><a href=/7/>" +
            "<script><!-- --!> </script><a href=/8/>",
        "<script><!-- <script </script> --></script><a href=/hidden/></script><a href=/9/>" +
            "<script><!--<script/>--></script><a href=/10/>",
        "<script><!--<SCRIPT>-<</script>-->--></script><a href=/11/><script><!-- <script>--></script><a href=/12/>",
        """<style>a[href="<a href='/hidden/'>"] { }</style><textarea><a href="/hidden/"></textarea>""",
        """<iframe src="/f/"><a href="/hidden/"></iframe>""",
        """<xmp><a href="/hidden/"></xmp><noembed><a href="/hidden/"></noembed>""" +
            """<noframes><a href="/hidden/"></noframes><a href=/shown/>""",
        """<style></styles><a href="/hidden/"></style ><textarea></textarea2></TEXTAREA><a href=/shown/>""",
        """<a href="/before/"><plaintext></plaintext><a href="/after/">""",
        "<title>\n  Bắc Ninh &amp;\tĐà Nẵng &notit; <b>news</b>\r\n</title><title>Second</title>",
        "<title>First</TITLE ><title>Second</title>",
        "<title>Unclosed <a href=/hidden/>",
        "<title>Unclosed</title",
        "<body><title>In body</title></body>",
        """<template><title>Template</title></template><title>Page&#x20;&#12288;</title>""",
        "<html><head></head><body><h1>Heading</h1></body></html>",
        """<svg viewBox="0 0 1 1"><title id="chart">Chart</title><desc><style>.a{}</style></desc></svg>""" +
            """<title>Page</title>""",
        """<svg><style><a href="/svg-a/"></style><script><a href="/svg-b/"></script>""" +
            """<title><a href="/in-title/"></title></svg>""",
        """<svg><![CDATA[<a href="/hidden/">]]><a href="/after-cdata/"></svg><![CDATA[<a href="/html-cdata/">]]>""",
        """<svg><foreignObject><div><style><a href=/hidden/></style>""" +
            """<svg><style><a href=/deep/></style></svg></div></foreignObject>""",
        """<svg><g><p id="broke-out"><style><a href="/hidden/"></style></svg>""",
        """<svg><font color="red"><style><a href="/hidden/"></style></font></svg>""" +
            """<svg><font><style><a href="/svg-font/"></style></svg>""",
        """<math><mi><style><a href="/hidden/"></style></mi>""" +
            """<mo><mglyph><style><a href="/mglyph/"></style></mglyph></mo></math>""",
        """<math><annotation-xml encoding="text/html"><style><a href="/hidden/"></style></annotation-xml></math>""",
        """<math><annotation-xml><svg><style><a href=/svg-in-math/></style></svg>""" +
            """<style><a href=/math/></style></annotation-xml></math>""",
        """<svg/><style><a href=/hidden/></style><math/><textarea><a href=/hidden/></textarea>""" +
            """<svg><path/><image href="/img/"/></svg>""",
        """<svg><a href="/svg-link/"><text>x</text></a></svg><svg><html id="svg-html"></svg>""",
        """<h2 id="history"></h2><a name="top"></a><svg><g id="bars"/></svg><p id=""></p><a name="">""" +
            """<a name="top"><h3 id="top">""",
        "<p id=a></p><p id=b></p><p id=b></p><p id=a></p><p id=a></p><p id=b>",
        """<template id="row"><tr id="cell"><td><a href="/hidden/"><template></template><img></td></tr></template>""" +
            """<a href="/shown/">""",
        """<template><script><a href=/x/></script><svg><style><a href=/y/></style></svg></template><a href=/shown/>""",
        """
        <link rel="stylesheet" href="/site.css"><script src="/app.js"></script><a href="/a/">a</a><img src="/i.png" alt="">
        <picture><source src="/v.webm"></picture><iframe src="/map/"></iframe><a href="/a/">again</a><a>none</a><a href="">empty</a>
        """,
        """<img src="/a.png"><img alt="" src="/b.png"><img><img src="/a.png"><image src="/c.png">""",
        """
        <link rel="alternate" hreflang="en" href="/en/"><link rel="ALTERNATE  icon" hreflang="x-default" href="/">
        <link rel="alternate" href="/feed.xml"><link rel="alternated" hreflang="ko" href="/ko/"><link rel="alternate" hreflang="ja">
        <link rel="alternate&#9;x" hreflang="vi" href="/vi/"><link rel=alternate hreflang="" href="/empty/">
        """,
        """<meta name="Description" content="Đà Nẵng &amp; more"><meta name="description" content="second">""",
        """<meta name="description"><meta name="description" content="second">""",
        """<meta property="og:description" content="social"><meta name=description content>""",
        """<!DOCTYPE html><html lang="ja"><body><html lang="ko">""",
        """<!DOCTYPE html><html><body><html lang="ko" id="root"></body></html>""",
        """<!DOCTYPE html><p lang=ja><body id=b><body id=c>""",
        """<a/href="/slash/"><a href=/x/ / id=after-slash><a = href=/eq/><a "q"=1 href=/q/><a href ="/spaced/">""",
        "<a\thref=/tab/\nid=nl\fclass=ff\rtitle=cr>",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void The_scanner_finds_what_a_full_parser_puts_in_the_document(string html)
    {
        AssertSameFacts(ReadDocument(html), Read(html));
    }

    [Fact]
    public void On_every_page_of_the_sample_site_the_scanner_finds_what_a_full_parser_puts_in_the_document()
    {
        var pages = sample.Built.Pages;
        Assert.True(pages.Count > 100, $"the sample has {pages.Count} pages");
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(sample.Output, page));
            AssertSameFacts(ReadDocument(html), Read(html), page);
        }
    }

    private static void AssertSameFacts(PageFacts expected, PageFacts actual, string? page = null)
    {
        var where = page is null ? "" : page + ": ";
        Assert.True(expected.Lang == actual.Lang, $"{where}lang {expected.Lang} ≠ {actual.Lang}");
        Assert.True(expected.Title == actual.Title, $"{where}title '{expected.Title}' ≠ '{actual.Title}'");
        Assert.True(expected.Description == actual.Description,
            $"{where}description '{expected.Description}' ≠ '{actual.Description}'");
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(expected.DuplicateIds, actual.DuplicateIds);
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.ImagesWithoutAlt, actual.ImagesWithoutAlt);
        Assert.Equal(expected.Alternates, actual.Alternates);
    }

    // The facts as the verify stage read them from AngleSharp's document before it had a scanner: one walk over its
    // elements.
    private static PageFacts ReadDocument(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var links = new List<string>();
        var imagesWithoutAlt = new List<string>();
        var alternates = new List<Alternate>();
        string? description = null;
        var sawDescription = false;

        void Link(string? value)
        {
            if (value is not null && !links.Contains(value)) links.Add(value);
        }

        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id && !ids.Add(id) && !duplicates.Contains(id)) duplicates.Add(id);
            switch (element.LocalName)
            {
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
                    Link(element.GetAttribute("href"));
                    break;
                case "link":
                    var href = element.GetAttribute("href");
                    Link(href);
                    if (href is not null && element.GetAttribute("hreflang") is { } hreflang
                        && ListsAlternate(element.GetAttribute("rel")))
                        alternates.Add(new Alternate(hreflang, href));
                    break;
                case "img":
                    Link(element.GetAttribute("src"));
                    if (!element.HasAttribute("alt")) imagesWithoutAlt.Add(element.GetAttribute("src") ?? "");
                    break;
                case "script" or "source" or "iframe":
                    Link(element.GetAttribute("src"));
                    break;
                case "meta" when !sawDescription && IsDescription(element.GetAttribute("name")):
                    (sawDescription, description) = (true, element.GetAttribute("content"));
                    break;
            }
        }
        return new PageFacts(new RenderedPage("index.html", html, "en", "content/site.yaml"),
            document.DocumentElement.GetAttribute("lang"),
            document.Title ?? "", description, ids, duplicates, links, imagesWithoutAlt, alternates);
    }

    private static bool IsDescription(string? name) =>
        string.Equals(name, "description", StringComparison.OrdinalIgnoreCase);

    // rel is a set of space-separated tokens: separated by any ASCII whitespace.
    private static bool ListsAlternate(string? rel) =>
        rel is not null && rel.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Contains("alternate", StringComparer.OrdinalIgnoreCase);
}

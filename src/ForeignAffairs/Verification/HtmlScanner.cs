using System.Buffers;
using System.Text;
using AngleSharp.Common;
using AngleSharp.Html;
using ForeignAffairs.Rendering;
using ForeignAffairs.Routing;

namespace ForeignAffairs.Verification;

/// <summary>
/// Reads the facts of a page in one pass over its text, as a browser's parser reads it: the HTML5 tokenizer's rules
/// where they decide what is a tag (comments, raw text, script escapes, character references in attributes), and the
/// few rules of tree construction that decide which tags make elements of the document (template contents, SVG and
/// MathML, a second html tag). It makes no tokens: only the attributes a fact is made of become strings, and an id or
/// link seen before is looked up without one. It reads the page's markup where it was rendered, which it keeps nothing
/// of (a ref struct, whose methods take the names they are given as scoped).
/// </summary>
internal ref struct HtmlScanner
{
    // The attributes the facts are read from, as slots of the current tag holding where the first of that name has its
    // value.
    private const int Id = 0, Name = 1, Href = 2, Src = 3, Alt = 4, Hreflang = 5, Rel = 6, Content = 7, Lang = 8,
        Encoding = 9, FontStyle = 10, SlotCount = 11;

    // An open SVG or MathML element: in the SVG namespace, an HTML integration point, a MathML text integration point,
    // annotation-xml.
    private const int InSvg = 1, HtmlIntegration = 2, MathText = 4, AnnotationXml = 8;

    // The longest named character reference that may be written without its ';' (such as &middot or &frac12).
    private const int LongestLegacyReference = 6;

    // Numeric references to 128-159 mean the Windows-1252 characters, as browsers read them.
    private const string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private const string Whitespace = " \t\n\f\r";
    private static readonly SearchValues<char> TagNameEnds = SearchValues.Create(Whitespace + "/>");
    private static readonly SearchValues<char> AttributeNameEnds = SearchValues.Create(Whitespace + "/>=");
    private static readonly SearchValues<char> UnquotedValueEnds = SearchValues.Create(Whitespace + ">");
    private static readonly SearchValues<char> Decodable = SearchValues.Create("&\r\0");

    private readonly ReadOnlySpan<char> _html;
    private readonly int[] _valueStart = new int[SlotCount];
    private readonly int[] _valueLength = new int[SlotCount];
    private readonly List<(int Start, int Length, int Flags)> _foreign = [];
    private char[] _scratch = [];
    private int _templateDepth;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    // Room for the links of a usual page, so that the set of those seen is not copied as it grows.
    private readonly HashSet<string> _seenLinks = new(64, StringComparer.Ordinal);
    private readonly HashSet<string> _seenDuplicates = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _idLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _linkLookup;
    private readonly List<string> _duplicates = [];
    private readonly List<string> _links = [];
    private readonly List<string> _imagesWithoutAlt = [];
    private readonly List<Alternate> _alternates = [];
    private string? _lang, _title, _description;
    private bool _rootHasId, _bodyHasId, _sawHead, _sawDescription;

    private readonly StringPool? _pool;

    private HtmlScanner(ReadOnlySpan<char> html, StringPool? pool)
    {
        _html = html;
        _pool = pool;
        _idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _linkLookup = _seenLinks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Reads the facts of <paramref name="page"/> from <paramref name="html"/>, its text, keeping the links and ids it
    /// shares with other pages once in <paramref name="pool"/> when there is one.
    /// </summary>
    public static PageFacts Read(RenderedPage page, ReadOnlySpan<char> html, StringPool? pool = null)
    {
        var scanner = new HtmlScanner(html, pool);
        scanner.Scan();
        return new PageFacts(page, scanner._lang, scanner._title ?? "", scanner._description, scanner._ids,
            scanner._duplicates, scanner._links, scanner._imagesWithoutAlt, scanner._alternates);
    }

    // Text up to each '<', and what follows it: only tags matter, and a '<' before anything else is text.
    private void Scan()
    {
        var at = 0;
        while (_html.Slice(at).IndexOf('<') is var offset and >= 0)
        {
            var lt = at + offset;
            if (lt + 1 == _html.Length) return;
            var next = _html[lt + 1];
            at = char.IsAsciiLetter(next) ? StartTag(lt + 1)
                : next == '/' ? EndTagOpen(lt + 2)
                : next == '!' ? MarkupDeclaration(lt + 2)
                : next == '?' ? Past('>', lt + 1)
                : lt + 1;
        }
    }

    // After "</": an end tag, "</>" (nothing at all), or else a bogus comment to the next '>'; a final "</" is text.
    private int EndTagOpen(int at)
    {
        if (at == _html.Length) return at;
        if (char.IsAsciiLetter(_html[at])) return EndTag(at);
        return _html[at] == '>' ? at + 1 : Past('>', at);
    }

    // After "<!": a comment, a CDATA section within SVG or MathML, or else (a DOCTYPE, CDATA in HTML) a bogus comment
    // to the next '>'.
    private int MarkupDeclaration(int at)
    {
        var rest = _html.Slice(at);
        if (rest.StartsWith("--")) return Comment(at + 2);
        return rest.StartsWith("[CDATA[") && _foreign.Count > 0 ? Past("]]>", at + 7) : Past('>', at);
    }

    // A comment ends at "-->" or "--!>", or at once as "<!-->" or "<!--->".
    private int Comment(int at)
    {
        var rest = _html.Slice(at);
        if (rest.StartsWith(">")) return at + 1;
        if (rest.StartsWith("->")) return at + 2;
        for (var from = 0; rest[from..].IndexOf("--") is var offset and >= 0; from += offset + 1)
        {
            var after = rest[(from + offset + 2)..];
            if (after.StartsWith(">")) return at + from + offset + 3;
            if (after.StartsWith("!>")) return at + from + offset + 4;
        }
        return _html.Length;
    }

    // A start tag, from the first letter of its name: where the text after it goes on.
    private int StartTag(int at)
    {
        var nameEnd = NameEnd(at);
        var selfClosing = false;
        var end = nameEnd < _html.Length ? Attributes(nameEnd, out selfClosing) : -1;
        // A tag cut short by the end of the document is dropped.
        if (end < 0) return _html.Length;
        Span<char> buffer = stackalloc char[16];
        var name = Lowered(at, nameEnd - at, buffer);
        if (InForeignContent(name))
        {
            if (!BreaksOut(name))
            {
                ForeignElement(name, at, nameEnd - at, selfClosing);
                return end;
            }
            PopToIntegrationPoint();
        }
        return HtmlElement(name, at, nameEnd - at, selfClosing, end);
    }

    private int EndTag(int at)
    {
        var nameEnd = NameEnd(at);
        var end = nameEnd < _html.Length ? Attributes(nameEnd, out _) : -1;
        if (end < 0) return _html.Length;
        Span<char> buffer = stackalloc char[16];
        CloseElement(Lowered(at, nameEnd - at, buffer), at, nameEnd - at);
        return end;
    }

    // An HTML element: its facts, then the text that follows it, which some elements read as raw text rather than
    // markup.
    private int HtmlElement(scoped ReadOnlySpan<char> name, int start, int length, bool selfClosing, int end)
    {
        // Browsers read <image> as <img>.
        if (name is "image") name = "img";
        if (_templateDepth == 0) CollectHtml(name);
        switch (name)
        {
            case "svg" or "math":
                if (!selfClosing) _foreign.Add((start, length, name is "svg" ? InSvg : 0));
                return end;
            case "template":
                _templateDepth++;
                return end;
            case "script":
                return ScriptEnd(end);
            case "title":
                return Title(end);
            case "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea":
                return TextEnd(end, name);
            case "plaintext":
                return _html.Length;
            default:
                return end;
        }
    }

    // An element of SVG or MathML content: it takes the namespace of its parent (an svg in annotation-xml is SVG), and
    // has no end tag when written <x/>.
    private void ForeignElement(scoped ReadOnlySpan<char> name, int start, int length, bool selfClosing)
    {
        if (_templateDepth == 0) Collect(name);
        if (selfClosing) return;
        var parent = _foreign[^1].Flags;
        var svg = (parent & InSvg) != 0 || ((parent & AnnotationXml) != 0 && name is "svg");
        _foreign.Add((start, length, ForeignFlags(name, svg)));
    }

    // Where HTML content starts again within SVG or MathML.
    private int ForeignFlags(scoped ReadOnlySpan<char> name, bool svg)
    {
        if (svg) return InSvg | (name is "foreignobject" or "desc" or "title" ? HtmlIntegration : 0);
        if (name is "mi" or "mo" or "mn" or "ms" or "mtext") return MathText;
        if (name is not "annotation-xml") return 0;
        var encoding = Decoded(Encoding);
        var html = Ascii.EqualsIgnoreCase(encoding, "text/html")
            || Ascii.EqualsIgnoreCase(encoding, "application/xhtml+xml");
        return AnnotationXml | (html ? HtmlIntegration : 0);
    }

    // Whether a start tag is read by the rules for SVG and MathML content rather than by HTML's.
    private bool InForeignContent(scoped ReadOnlySpan<char> name)
    {
        if (_foreign.Count == 0) return false;
        var flags = _foreign[^1].Flags;
        return (flags & HtmlIntegration) == 0 && ((flags & MathText) == 0 || name is "mglyph" or "malignmark");
    }

    // The HTML start tags that end SVG and MathML content (font only with color, face or size).
    private bool BreaksOut(scoped ReadOnlySpan<char> name) => name switch
    {
        "b" or "big" or "blockquote" or "body" or "br" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em"
            or "embed" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "img" or "li"
            or "listing" or "menu" or "meta" or "nobr" or "ol" or "p" or "pre" or "ruby" or "s" or "small" or "span"
            or "strong" or "strike" or "sub" or "sup" or "table" or "tt" or "u" or "ul" or "var" => true,
        "font" => Has(FontStyle),
        _ => false,
    };

    private void PopToIntegrationPoint()
    {
        while (_foreign.Count > 0 && (_foreign[^1].Flags & (HtmlIntegration | MathText)) == 0)
            _foreign.RemoveAt(_foreign.Count - 1);
    }

    // An end tag closes the SVG or MathML element of its name; in HTML, only a template's end matters here.
    private void CloseElement(scoped ReadOnlySpan<char> name, int start, int length)
    {
        if (_foreign.Count > 0)
        {
            var top = _foreign[^1];
            if ((top.Flags & (HtmlIntegration | MathText)) != 0)
            {
                if (SameName(top.Start, top.Length, start, length))
                {
                    _foreign.RemoveAt(_foreign.Count - 1);
                    return;
                }
            }
            else if (name is "br" or "p") PopToIntegrationPoint();
            else if (PopTo(start, length)) return;
        }
        if (name is "template" && _templateDepth > 0) _templateDepth--;
    }

    private bool PopTo(int start, int length)
    {
        for (var i = _foreign.Count - 1; i >= 0; i--)
        {
            if (!SameName(_foreign[i].Start, _foreign[i].Length, start, length)) continue;
            _foreign.RemoveRange(i, _foreign.Count - i);
            return true;
        }
        return false;
    }

    // Tag names compare as the tokenizer makes them: ASCII letters lowercased, NUL read as U+FFFD.
    private bool SameName(int start, int length, int otherStart, int otherLength)
    {
        if (length != otherLength) return false;
        for (var i = 0; i < length; i++)
            if (Folded(_html[start + i]) != Folded(_html[otherStart + i])) return false;
        return true;

        static char Folded(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == '\0' ? '\uFFFD' : c;
    }

    // What an HTML element tells. A second html, head or body tag adds no element: html and body give the first its
    // attributes it lacks, and head is dropped.
    private void CollectHtml(scoped ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "html":
                _lang ??= Value(Lang);
                MergeId(ref _rootHasId);
                return;
            case "body":
                MergeId(ref _bodyHasId);
                return;
            case "head":
                if (!_sawHead) AddId(Id);
                _sawHead = true;
                return;
            default:
                Collect(name);
                return;
        }
    }

    private void MergeId(ref bool hasId)
    {
        if (hasId || !Has(Id)) return;
        hasId = true;
        AddId(Id);
    }

    // What any element tells, in HTML, SVG or MathML alike.
    private void Collect(scoped ReadOnlySpan<char> name)
    {
        AddId(Id);
        switch (name)
        {
            case "a":
                var anchor = Decoded(Name);
                if (!anchor.IsEmpty) _idLookup.Add(anchor);
                Link(Href);
                break;
            case "link":
                if (Link(Href) is { } href && Has(Hreflang) && ListsAlternate(Decoded(Rel)))
                    _alternates.Add(new Alternate(Value(Hreflang)!, href));
                break;
            case "img":
                var src = Link(Src);
                if (!Has(Alt)) _imagesWithoutAlt.Add(src ?? "");
                break;
            case "script" or "source" or "iframe":
                Link(Src);
                break;
            case "meta" when !_sawDescription && Has(Name) && Ascii.EqualsIgnoreCase(Decoded(Name), "description"):
                (_sawDescription, _description) = (true, Value(Content));
                break;
        }
    }

    private void AddId(int slot)
    {
        var id = Decoded(slot);
        if (id.IsEmpty) return;
        if (!_idLookup.TryGetValue(id, out var seen)) _ids.Add(Kept(id));
        else if (_seenDuplicates.Add(seen)) _duplicates.Add(seen);
    }

    // A text of the page as a string: the pool's copy, when there is a pool.
    private string Kept(scoped ReadOnlySpan<char> text) => _pool?.Of(text) ?? text.ToString();

    // Adds a link the first time it is seen; the link, or null when the tag has no such attribute.
    private string? Link(int slot)
    {
        if (!Has(slot)) return null;
        var value = Decoded(slot);
        if (_linkLookup.TryGetValue(value, out var seen)) return seen;
        var link = Kept(value);
        _seenLinks.Add(link);
        _links.Add(link);
        return link;
    }

    // rel is a set of space-separated tokens, compared ASCII case-insensitively.
    private static bool ListsAlternate(ReadOnlySpan<char> rel)
    {
        foreach (var token in rel.SplitAny(Whitespace))
            if (Ascii.EqualsIgnoreCase(rel[token], "alternate")) return true;
        return false;
    }

    private int Title(int at)
    {
        var end = TextEnd(at, "title");
        if (_title is null && _templateDepth == 0) _title = Collapsed(Decoded(at, end - at, inAttribute: false));
        return end;
    }

    // The title as document.title gives it: each run of ASCII whitespace as one space, none at either end.
    private static string Collapsed(ReadOnlySpan<char> text)
    {
        var title = new StringBuilder(text.Length);
        foreach (var word in text.SplitAny(Whitespace))
        {
            if (text[word].IsEmpty) continue;
            if (title.Length > 0) title.Append(' ');
            title.Append(text[word]);
        }
        return title.ToString();
    }

    // Raw text and RCDATA go on to the end tag of their element: the index of its '<', or the end of the document.
    private int TextEnd(int at, scoped ReadOnlySpan<char> name)
    {
        while (_html.Slice(at).IndexOf("</") is var offset and >= 0)
        {
            if (IsEndTag(at + offset, name)) return at + offset;
            at += offset + 2;
        }
        return _html.Length;
    }

    // A script's text goes on to "</script", except within "<!--", where a "<script" starts text that a "</script" only
    // ends (the script data escape states): the index of the '<' of its end tag, or the end of the document.
    private int ScriptEnd(int at)
    {
        while (_html.Slice(at).IndexOf('<') is var offset and >= 0)
        {
            var lt = at + offset;
            if (IsEndTag(lt, "script")) return lt;
            if (!_html.Slice(lt + 1).StartsWith("!--"))
            {
                at = lt + 1;
                continue;
            }
            at = EscapedScriptEnd(lt + 4, out var ended);
            if (ended) return at;
        }
        return _html.Length;
    }

    // From just after a script's "<!--": where its end tag is (ended), or where its plain text goes on after a "-->".
    private int EscapedScriptEnd(int at, out bool ended)
    {
        var (dashes, doubleEscaped) = (2, false);
        ended = false;
        while (at < _html.Length)
        {
            var c = _html[at];
            if (c == '-')
            {
                (dashes, at) = (dashes + 1, at + 1);
                continue;
            }
            if (c == '>' && dashes >= 2) return at + 1;
            dashes = 0;
            if (c != '<' || at + 1 == _html.Length) at++;
            else if (doubleEscaped)
                at = _html[at + 1] == '/' ? ScriptTagName(at + 2, ref doubleEscaped, false) : at + 1;
            else if (IsEndTag(at, "script"))
            {
                ended = true;
                return at;
            }
            else at = char.IsAsciiLetter(_html[at + 1]) ? ScriptTagName(at + 1, ref doubleEscaped, true) : at + 1;
        }
        return _html.Length;
    }

    // The letters after "<" or "</" in an escaped script: "script" and a whitespace, '/' or '>' (which is read too)
    // switches to <paramref name="switchTo"/>.
    private int ScriptTagName(int at, ref bool doubleEscaped, bool switchTo)
    {
        var end = at;
        while (end < _html.Length && char.IsAsciiLetter(_html[end])) end++;
        if (end == _html.Length || !(IsWhitespace(_html[end]) || _html[end] is '/' or '>')) return end;
        if (end - at == 6 && Ascii.EqualsIgnoreCase(_html.Slice(at, 6), "script")) doubleEscaped = switchTo;
        return end + 1;
    }

    // Whether "</name" and then whitespace, '/' or '>' is at this '<': the end tag that ends raw text.
    private bool IsEndTag(int lt, scoped ReadOnlySpan<char> name)
    {
        var after = lt + 2 + name.Length;
        return after < _html.Length && _html[lt + 1] == '/'
            && Ascii.EqualsIgnoreCase(_html.Slice(lt + 2, name.Length), name)
            && (IsWhitespace(_html[after]) || _html[after] is '/' or '>');
    }

    // The attributes after a tag name, to the end of the tag: the index after its '>', or -1 when the document ends
    // first. Only the first attribute of a name counts, as in a browser's document.
    private int Attributes(int at, out bool selfClosing)
    {
        Array.Fill(_valueStart, -1);
        selfClosing = false;
        while (true)
        {
            at = SkipWhitespace(at);
            if (at == _html.Length) return -1;
            if (_html[at] == '>') return at + 1;
            if (_html[at] == '/')
            {
                selfClosing = ++at < _html.Length && _html[at] == '>';
                if (selfClosing) return at + 1;
                continue;
            }
            // A name runs to whitespace, '/', '>' or '=', though it may start with '='.
            var nameStart = at;
            var nameLength = _html.Slice(at + 1).IndexOfAny(AttributeNameEnds);
            at = nameLength < 0 ? _html.Length : at + 1 + nameLength;
            var slot = Slot(_html.Slice(nameStart, at - nameStart));
            var (valueStart, valueEnd) = (at, at);
            at = SkipWhitespace(at);
            if (at < _html.Length && _html[at] == '=' && (at = Value(at + 1, out valueStart, out valueEnd)) < 0)
                return -1;
            if (slot >= 0 && _valueStart[slot] < 0)
                (_valueStart[slot], _valueLength[slot]) = (valueStart, valueEnd - valueStart);
        }
    }

    // An attribute value after its '=', quoted or not: where the tag goes on, or -1 when the document ends first.
    private int Value(int at, out int start, out int end)
    {
        at = SkipWhitespace(at);
        (start, end) = (at, at);
        if (at == _html.Length) return -1;
        var quote = _html[at];
        if (quote is '"' or '\'')
        {
            var length = _html.Slice(at + 1).IndexOf(quote);
            if (length < 0) return -1;
            (start, end) = (at + 1, at + 1 + length);
            return end + 1;
        }
        // "a=>" leaves the value empty.
        if (quote == '>') return at;
        var unquoted = _html.Slice(at).IndexOfAny(UnquotedValueEnds);
        if (unquoted < 0) return -1;
        end = at + unquoted;
        return end;
    }

    private static int Slot(ReadOnlySpan<char> name) => name.Length switch
    {
        2 => Is(name, "id") ? Id : -1,
        3 => Is(name, "src") ? Src : Is(name, "alt") ? Alt : Is(name, "rel") ? Rel : -1,
        4 => Is(name, "href") ? Href : Is(name, "name") ? Name : Is(name, "lang") ? Lang
            : Is(name, "face") || Is(name, "size") ? FontStyle : -1,
        5 => Is(name, "color") ? FontStyle : -1,
        7 => Is(name, "content") ? Content : -1,
        8 => Is(name, "hreflang") ? Hreflang : Is(name, "encoding") ? Encoding : -1,
        _ => -1,
    };

    private static bool Is(ReadOnlySpan<char> name, string lowercase) => Ascii.EqualsIgnoreCase(name, lowercase);

    private bool Has(int slot) => _valueStart[slot] >= 0;

    private string? Value(int slot) => Has(slot) ? Decoded(slot).ToString() : null;

    // The value of an attribute of the current tag as the document holds it; empty when the tag has no such attribute.
    private ReadOnlySpan<char> Decoded(int slot) =>
        Has(slot) ? Decoded(_valueStart[slot], _valueLength[slot], inAttribute: true) : default;

    // Text as the document holds it: character references decoded, CR LF and CR read as LF, and NUL as U+FFFD; when it
    // has none of those, the text itself, with nothing copied. The copy is only good until the next one.
    private ReadOnlySpan<char> Decoded(int start, int length, bool inAttribute)
    {
        var text = _html.Slice(start, length);
        if (!text.ContainsAny(Decodable)) return text;
        // No reference stands for more characters than it takes to write.
        if (_scratch.Length < length) _scratch = new char[Math.Max(length, 2 * _scratch.Length)];
        var written = 0;
        for (int at = start, end = start + length; at < end;)
        {
            var c = _html[at];
            if (c == '&')
            {
                at = Reference(at, end, inAttribute, ref written);
                continue;
            }
            _scratch[written++] = c switch { '\r' => '\n', '\0' => '\uFFFD', _ => c };
            at += c == '\r' && at + 1 < end && _html[at + 1] == '\n' ? 2 : 1;
        }
        return _scratch.AsSpan(0, written);
    }

    // A character reference at '&': writes what it stands for, or just the '&', and returns where the text goes on.
    private int Reference(int at, int end, bool inAttribute, ref int written)
    {
        var name = at + 1;
        if (name < end && _html[name] == '#') return Numeric(at, end, ref written);
        var run = name;
        while (run < end && char.IsAsciiLetterOrDigit(_html[run])) run++;
        var next = run < end && _html[run] == ';' ? run + 1 : run;
        var symbol = next > run ? Symbol(name, next - name) : null;
        if (symbol is null)
        {
            // Without its ';', only a legacy name such as &amp or &copy counts: the longest one the letters start with.
            // In an attribute, one followed by '=' or a letter or digit (?a=1&copy=2) stays as written.
            next = Math.Min(run, name + LongestLegacyReference);
            while (next - name >= 2 && (symbol = Symbol(name, next - name)) is null) next--;
            if (inAttribute && next < end && (_html[next] == '=' || char.IsAsciiLetterOrDigit(_html[next])))
                symbol = null;
        }
        if (symbol is null)
        {
            _scratch[written++] = '&';
            return name;
        }
        symbol.CopyTo(_scratch.AsSpan(written));
        written += symbol.Length;
        return next;
    }

    // The references the generator's own escaping writes are known without AngleSharp's table of all 2,231 names,
    // which takes a build about 10 ms to set up.
    private string? Symbol(int start, int length) => _html.Slice(start, length) switch
    {
        "amp;" => "&",
        "lt;" => "<",
        "gt;" => ">",
        "quot;" => "\"",
        _ => HtmlEntityProvider.ResolverExtended.GetSymbol(new StringOrMemory(_html.Slice(start, length).ToString())),
    };

    // &#...; and &#x...; (the ';' may be left out): NUL, surrogates and numbers past Unicode read as U+FFFD.
    private int Numeric(int at, int end, ref int written)
    {
        var next = at + 2;
        var hex = next < end && (_html[next] | 0x20) == 'x';
        if (hex) next++;
        var digits = next;
        var code = 0;
        for (; next < end && (hex ? char.IsAsciiHexDigit(_html[next]) : char.IsAsciiDigit(_html[next])); next++)
        {
            var digit = char.IsAsciiDigit(_html[next]) ? _html[next] - '0' : (_html[next] | 0x20) - 'a' + 10;
            code = Math.Min(code * (hex ? 16 : 10) + digit, 0x110000);
        }
        if (next == digits)
        {
            _scratch[written++] = '&';
            return at + 1;
        }
        if (next < end && _html[next] == ';') next++;
        code = code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? 0xFFFD
            : code is >= 0x80 and <= 0x9F ? Windows1252[code - 0x80]
            : code;
        written += new Rune(code).EncodeToUtf16(_scratch.AsSpan(written));
        return next;
    }

    // A tag name as the tokenizer gives it, lowercased; empty when too long or not ASCII, as no name that matters here
    // is.
    private readonly ReadOnlySpan<char> Lowered(int at, int length, Span<char> buffer) =>
        length <= buffer.Length
        && Ascii.ToLower(_html.Slice(at, length), buffer, out var written) == OperationStatus.Done
            ? buffer[..written]
            : default;

    private int NameEnd(int at)
    {
        var length = _html.Slice(at).IndexOfAny(TagNameEnds);
        return length < 0 ? _html.Length : at + length;
    }

    private int SkipWhitespace(int at)
    {
        while (at < _html.Length && IsWhitespace(_html[at])) at++;
        return at;
    }

    // The tokenizer's whitespace, with CR, which a browser reads as LF.
    private static bool IsWhitespace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    private int Past(char c, int at)
    {
        var offset = _html.Slice(at).IndexOf(c);
        return offset < 0 ? _html.Length : at + offset + 1;
    }

    private int Past(string text, int at)
    {
        var offset = _html.Slice(at).IndexOf(text);
        return offset < 0 ? _html.Length : at + offset + text.Length;
    }
}

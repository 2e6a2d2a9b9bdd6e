using ForeignAffairs.Configuration;
using ForeignAffairs.Content;
using ForeignAffairs.Routing;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Builds the <c>page</c> object of templates: title, description, URLs, canonical link, hreflang alternates (only languages the
/// page is really written in, plus x-default) and the language switcher (every language, leading to the same page).
/// </summary>
internal sealed class PageModels(SiteConfig config, SiteUrls urls, Language language)
{
    /// <summary>A page that exists in every language (home, lists, root); x-default is the default language's, or <paramref name="xDefaultPath"/>.</summary>
    public PageModel Common(string kind, string collection, string title, string description, Func<string, string> pathIn, string? xDefaultPath = null)
    {
        var written = config.LanguageCodes;
        var page = Base(kind, collection, title, description, pathIn(language.Code));
        var alternates = Alternates(written, pathIn, xDefaultPath);
        page["alternates"] = ToScript(alternates);
        page["translations"] = Switcher(pathIn, written);
        return new PageModel(page, new SitemapEntry(urls.Permalink(pathIn(language.Code)), alternates));
    }

    /// <summary>An entry's page; when the entry is not written in this language it borrows another language's text, says so, and points its canonical link there.</summary>
    public PageModel ForEntry(Entry entry, ScriptObject view, string siteDescription)
    {
        string PathIn(string code) => SiteUrls.EntryPath(code, entry.Key);
        var contentLanguage = EntryViews.ContentLanguage(entry, language.Code, config);
        var isFallback = contentLanguage != language.Code;
        var written = config.LanguageCodes.Where(entry.IsWrittenIn).ToArray();
        var title = entry.Title.Resolve(language.Code, config.DefaultLanguage.Code).Text;
        var description = entry.Summary?.Resolve(language.Code, config.DefaultLanguage.Code).Text ?? siteDescription;

        var page = Base("entry", entry.Key.Collection.Name, title, description, PathIn(language.Code));
        page["entry"] = view;
        page["content"] = view["content"];
        page["content_lang"] = contentLanguage;
        page["is_fallback"] = isFallback;
        page["content_language_name"] = config.Languages.First(l => l.Code == contentLanguage).Name;
        // A page that only borrows another language's text is not a translation: it names the original as canonical and has no alternates.
        page["canonical"] = urls.Permalink(PathIn(contentLanguage));
        var alternates = isFallback ? [] : Alternates(written, PathIn);
        page["alternates"] = ToScript(alternates);
        page["translations"] = Switcher(PathIn, written);
        return new PageModel(page, isFallback ? null : new SitemapEntry(urls.Permalink(PathIn(language.Code)), alternates));
    }

    /// <summary>
    /// The page shown for an address that does not exist, at <paramref name="path"/> (a file, not a folder). It is not a page to
    /// index, so it has no canonical link and no alternates; its language switcher leads to each language's home page.
    /// </summary>
    public ScriptObject NotFound(string title, string description, string path)
    {
        var page = Base("404", "", title, description, path);
        page["canonical"] = null;
        page["alternates"] = new ScriptArray();
        page["translations"] = Switcher(SiteUrls.HomePath, config.LanguageCodes);
        return page;
    }

    /// <summary>Alternates as templates see them: objects with <c>hreflang</c> and <c>href</c>.</summary>
    public static ScriptArray ToScript(IEnumerable<Alternate> alternates) =>
        new(alternates.Select(a => new ScriptObject { ["hreflang"] = a.Hreflang, ["href"] = a.Href }));

    private ScriptObject Base(string kind, string collection, string title, string description, string path) => new()
    {
        ["kind"] = kind,
        ["collection"] = collection,
        ["title"] = title,
        ["description"] = description,
        ["url"] = urls.Url(path),
        ["permalink"] = urls.Permalink(path),
        ["canonical"] = urls.Permalink(path),
        ["lang"] = language.Code,
        ["content_lang"] = language.Code,
        ["is_fallback"] = false,
        ["content"] = new RawHtml(""),
    };

    private IReadOnlyList<Alternate> Alternates(IReadOnlyList<string> written, Func<string, string> pathIn, string? xDefaultPath = null)
    {
        var xDefault = written.Contains(config.DefaultLanguage.Code) ? config.DefaultLanguage.Code : written[0];
        return written.Select(code => new Alternate(code, urls.Permalink(pathIn(code))))
            .Append(new Alternate("x-default", urls.Permalink(xDefaultPath ?? pathIn(xDefault)))).ToArray();
    }

    private ScriptArray Switcher(Func<string, string> pathIn, IReadOnlyList<string> written) =>
        new(config.Languages.Select(l => new ScriptObject
        {
            ["code"] = l.Code,
            ["name"] = l.Name,
            ["url"] = urls.Url(pathIn(l.Code)),
            ["is_current"] = l.Code == language.Code,
            ["is_translated"] = written.Contains(l.Code),
        }));
}

using ForeignAffairs.Content;

namespace ForeignAffairs.Rendering;

/// <summary>
/// A page to render: its file, template and model, and what it depends on whatever its templates read. An entry's page
/// holds only its entry, from which its model, source and dependency follow when it is rendered: a large site plans
/// tens of thousands of them on every rebuild, and keeps most.
/// </summary>
internal sealed class PageJob
{
    private readonly Func<PageModel>? _model;
    private readonly string? _source;
    private readonly Action<PageDependencies>? _needs;
    private readonly Entry? _entry;

    private PageJob(LanguageRender language, string file, string template, string? pageLanguage, string what,
        Func<PageModel>? model, string? source, Action<PageDependencies>? needs, Entry? entry)
    {
        (Language, File, Template, PageLanguage, What) = (language, file, template, pageLanguage, what);
        (_model, _source, _needs, _entry) = (model, source, needs, entry);
    }

    /// <summary>A page other than an entry's.</summary>
    /// <param name="language">The pages of its language, which give it a renderer.</param>
    /// <param name="file">The file, relative to the output folder.</param>
    /// <param name="template">The template that lays it out.</param>
    /// <param name="model">Makes the <c>page</c> object and the sitemap listing, when the page is rendered.</param>
    /// <param name="pageLanguage">The page's language, or null for the root pages, which are whole documents in no one
    /// language.</param>
    /// <param name="source">The site file it comes from, for diagnostics.</param>
    /// <param name="what">The kind of page in messages ("the home page").</param>
    /// <param name="needs">Adds the collections it lists to what it depends on.</param>
    public static PageJob Of(LanguageRender language, string file, string template, Func<PageModel> model,
        string? pageLanguage, string source, string what, Action<PageDependencies>? needs) =>
        new(language, file, template, pageLanguage, what, model, source, needs, null);

    /// <summary>
    /// The page of <paramref name="entry"/> in <paramref name="language"/>, which depends on all of the entry.
    /// </summary>
    public static PageJob Of(LanguageRender language, string file, string template, Entry entry) =>
        new(language, file, template, language.Code, "an entry's page", null, null, null, entry);

    /// <summary>The pages of its language, which give it a renderer.</summary>
    public LanguageRender Language { get; }

    /// <summary>The file, relative to the output folder.</summary>
    public string File { get; }

    /// <summary>The template that lays it out.</summary>
    public string Template { get; }

    /// <summary>
    /// The page's language, or null for the root pages, which are whole documents in no one language.
    /// </summary>
    public string? PageLanguage { get; }

    /// <summary>The kind of page in messages.</summary>
    public string What { get; }

    /// <summary>
    /// Renders the page with <paramref name="renderer"/>, noting what it depends on when there is a
    /// <paramref name="scope"/>; null when its template failed (the error is reported). The page holds its markup as it
    /// was rendered until <see cref="RenderedPage.LetGoOfText"/>.
    /// </summary>
    public RenderedPage? Render(PageRenderer renderer, RenderScope? scope)
    {
        var dependencies = scope is null ? null : new PageDependencies();
        if (dependencies is not null)
        {
            if (_entry is not null) dependencies.Read(_entry.Key, PageDependencies.Whole);
            else _needs?.Invoke(dependencies);
        }
        var (model, source) = _entry is null ? (_model!(), _source!) : Language.EntryPage(_entry);
        return renderer.RenderText(Template, model.Page, What, dependencies, wrap: PageLanguage is not null) is { } text
            ? new RenderedPage(File, null, PageLanguage, source, model.Sitemap, dependencies)
                { TextLinks = model.TextLinks }.Holding(text)
            : null;
    }
}

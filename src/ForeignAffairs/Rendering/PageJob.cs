namespace ForeignAffairs.Rendering;

/// <summary>A page to render: its file, template and model, and what it depends on whatever its templates read.</summary>
/// <param name="Language">The pages of its language, which give it a renderer.</param>
/// <param name="File">The file, relative to the output folder.</param>
/// <param name="Template">The template that lays it out.</param>
/// <param name="Model">Makes the <c>page</c> object and the sitemap listing, when the page is rendered.</param>
/// <param name="PageLanguage">The page's language, or null for the root pages, which are whole documents in no one language.</param>
/// <param name="Source">The site file it comes from, for diagnostics.</param>
/// <param name="What">The kind of page in messages ("the home page").</param>
/// <param name="Needs">Adds its own entry or the collections it lists to what it depends on.</param>
internal sealed record PageJob(LanguageRender Language, string File, string Template, Func<PageModel> Model, string? PageLanguage,
    string Source, string What, Action<PageDependencies>? Needs)
{
    /// <summary>
    /// Renders the page with <paramref name="renderer"/>, noting what it depends on when there is a <paramref name="scope"/>;
    /// null when its template failed (the error is reported).
    /// </summary>
    public RenderedPage? Render(PageRenderer renderer, RenderScope? scope)
    {
        var dependencies = scope is null ? null : new PageDependencies();
        if (dependencies is not null) Needs?.Invoke(dependencies);
        var model = Model();
        return renderer.Render(Template, model.Page, What, dependencies, wrap: PageLanguage is not null) is { } html
            ? new RenderedPage(File, html, PageLanguage, Source, model.Sitemap, dependencies) { TextLinks = model.TextLinks }
            : null;
    }
}

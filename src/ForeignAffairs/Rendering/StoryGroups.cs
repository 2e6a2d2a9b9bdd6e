using ForeignAffairs.Content;
using ForeignAffairs.Validation;
using Scriban.Runtime;

namespace ForeignAffairs.Rendering;

/// <summary>
/// The investor stories of one language grouped by the investor's country: <c>stories_by_country</c>, the countries
/// with the most stories first, each with its name in the page's language, an id for a link within the page (the
/// default language's name as a slug, as the parks directory names countries) and its stories, the earliest investment
/// first. Made once per language; a page that shows it depends on the whole list of stories.
/// </summary>
internal sealed class StoryGroups
{
    private readonly SharedArray _groups;

    public StoryGroups(Site site, EntryViews views, string language)
    {
        var defaultLanguage = site.Config.DefaultLanguage.Code;
        _groups = new SharedArray(site.In(Collection.Stories)
            .GroupBy(story => SlugRule.Slugify(Country(story).Resolve(defaultLanguage, defaultLanguage).Text),
                StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var (name, nameLanguage) = Country(group.First()).Resolve(language, defaultLanguage);
                return new SharedObject
                {
                    ["id"] = $"country-{group.Key}", ["name"] = name, ["name_lang"] = nameLanguage,
                    ["stories"] = new SharedArray(group.OrderBy(s => (long)s.Fields["year"])
                        .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
                        .Select(s => views[s.Key])),
                }.Seal();
            }));
    }

    /// <summary>Adds <c>stories_by_country</c> to <paramref name="functions"/>.</summary>
    public void AddTo(ScriptObject functions) =>
        functions.SetValue("stories_by_country", TemplateFunction.InContext<ScriptArray>(context =>
        {
            (context as HtmlTemplateContext)?.Dependencies?.List(Collection.Stories);
            return _groups;
        }), true);

    private static LocalizedText Country(Entry story) => (LocalizedText)story.Fields["country"];
}

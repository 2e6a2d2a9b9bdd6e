using System.Text;
using System.Text.RegularExpressions;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;

namespace ForeignAffairs.Validation;

/// <summary>What an entry's folder name (its slug, part of its web address) may be.</summary>
internal static partial class SlugRule
{
    /// <summary>
    /// The longest slug: an address stays readable, and a folder name within what every file system holds.
    /// </summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Why <paramref name="slug"/> cannot name an entry of <paramref name="collection"/>: a diagnostic code, the
    /// problem and a hint; null when it can.
    /// </summary>
    public static (string Code, string Problem, string Hint)? Check(Collection collection, string slug)
    {
        if (!Slug().IsMatch(slug))
            return (DiagnosticCodes.InvalidSlug, $"the folder name '{slug}' cannot be used in a web address",
                $"use lowercase ASCII letters, digits and single hyphens, e.g. '{Slugify(slug)}'");
        if (slug.Length > MaxLength)
            return (DiagnosticCodes.InvalidSlug,
                $"the folder name is {slug.Length} characters long, " +
                $"more than the {MaxLength} a web address part may have",
                $"shorten it, e.g. '{slug[..MaxLength].TrimEnd('-')}'");
        if ((collection == Collection.Pages
            && (Collection.Find(slug) is not null || slug is "assets" or "data" or "search"))
            || (collection == Collection.Projects && slug is "sector" or "province" or "status")
            || (collection == Collection.Parks && slug is "compare" or "kind" or "province" or "sector" or "country")
            || (collection == Collection.News && slug == "page"))
            return (DiagnosticCodes.ReservedSlug,
                $"an entry of {collection.Name}/ cannot be called '{slug}': that address is taken by the site itself",
                "rename the folder");
        return null;
    }

    /// <summary>
    /// A slug made from <paramref name="name"/>: Vietnamese letters without their marks, other characters as hyphens.
    /// </summary>
    public static string Slugify(string name)
    {
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var ascii = new string(decomposed.Where(c => c < 128).ToArray()).ToLowerInvariant();
        var slug = NonSlug().Replace(ascii, "-").Trim('-');
        return slug.Length > 0 ? slug : "my-entry";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}

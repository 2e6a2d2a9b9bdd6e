using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Rendering;

namespace ForeignAffairs.Imaging;

/// <summary>
/// The processed images of a site: every JPEG, PNG and WebP file in an entry's folder, published once for all languages
/// under <c>images/&lt;collection&gt;/&lt;slug&gt;/</c> in each size and format, beside the original, which is still
/// published as it is beside the entry's pages.
/// </summary>
internal sealed class SiteImages
{
    private const string Root = "images/";
    private readonly Dictionary<(EntryKey, string), ProcessedImage> _images;

    private SiteImages(Dictionary<(EntryKey, string), ProcessedImage> images, IReadOnlyList<CopiedFile> files) =>
        (_images, Files) = (images, files);

    /// <summary>A site without images.</summary>
    public static SiteImages None { get; } = new([], []);

    /// <summary>The variants to publish.</summary>
    public IReadOnlyList<CopiedFile> Files { get; }

    /// <summary>
    /// The processed image that is the file <paramref name="resource"/> of <paramref name="entry"/>, if it is one.
    /// </summary>
    public ProcessedImage? Find(EntryKey entry, string resource) => _images.GetValueOrDefault((entry, resource));

    /// <summary>
    /// Processes the images of <paramref name="site"/> on every core, taking those processed before from
    /// <paramref name="cache"/>; an image that cannot be processed is reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static SiteImages Of(Site site, ImageCache cache, DiagnosticBag diagnostics)
    {
        var originals = site.Entries
            .SelectMany(entry => entry.Resources.Where(ImageSizes.Handles)
                .Select(resource => (Entry: entry.Key, Resource: resource)))
            .ToArray();
        if (originals.Length == 0) return None;
        var stored = new StoredImage[originals.Length];
        Parallel.For(0, originals.Length, Cores.Each,
            i => stored[i] = cache.Get(Path.Combine(site.Root, originals[i].Entry.Folder, originals[i].Resource)));

        var images = new Dictionary<(EntryKey, string), ProcessedImage>();
        var files = new List<CopiedFile>();
        var published = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < originals.Length; i++)
        {
            var (entry, resource) = originals[i];
            if (stored[i].Problem is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.ImageUnusable, SourceLocation.File($"{entry.Folder}/{resource}"),
                    $"the image cannot be published: {problem}",
                    "open it in an image editor and save it again as JPEG or PNG");
                continue;
            }
            var image = Processed(entry, resource, stored[i]);
            images[(entry, resource)] = image;
            // Two files of one entry with the same name before the extension and the same content make the same
            // variants.
            files.AddRange(stored[i].Variants.Where(v => published.Add(image.PathOf(v.Variant)))
                .Select(v => new CopiedFile(image.PathOf(v.Variant), v.File ?? $"{entry.Folder}/{resource}")
            {
                Content = v.Bytes,
            }));
        }
        return new SiteImages(images, files);
    }

    private static ProcessedImage Processed(EntryKey entry, string resource, StoredImage stored)
    {
        var folder = $"{Root}{entry.Collection.Name}/{entry.Slug}/";
        var stem = resource[..^Path.GetExtension(resource).Length];
        var variants = stored.Variants.Select(v => v.Variant).ToArray();
        return new ProcessedImage(folder, stem, stored.Hash[..10],
            variants.Where(v => v.Extension == ImageSizes.Modern).ToArray(),
            variants.Where(v => v.Extension != ImageSizes.Modern).ToArray());
    }
}

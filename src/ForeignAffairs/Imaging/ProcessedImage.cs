namespace ForeignAffairs.Imaging;

/// <summary>
/// An image of an entry as it is published: its sizes in the modern format and in a fallback format, smallest first, at
/// the addresses that <see cref="PathOf"/> gives.
/// </summary>
/// <param name="Folder">The output folder of its variants, such as <c>images/projects/my-project/</c>.</param>
/// <param name="Stem">The file name of the original without its extension (with any subfolder of the entry's
/// folder).</param>
/// <param name="Hash">A short hash of the original's content, in every variant's name, so that a replaced image has new
/// addresses.</param>
/// <param name="Modern">The variants in WebP.</param>
/// <param name="Fallback">The variants in JPEG or PNG.</param>
internal sealed record ProcessedImage(string Folder, string Stem, string Hash, IReadOnlyList<ImageVariant> Modern,
    IReadOnlyList<ImageVariant> Fallback)
{
    /// <summary>
    /// The variant an <c>img</c> element names in <c>src</c>, for browsers that do not read <c>srcset</c>: the middle
    /// size.
    /// </summary>
    public ImageVariant Default => Fallback[Math.Min(1, Fallback.Count - 1)];

    /// <summary>Where <paramref name="variant"/> is published, relative to the output folder.</summary>
    public string PathOf(ImageVariant variant) => $"{Folder}{Stem}-{variant.Width}.{Hash}.{variant.Extension}";
}

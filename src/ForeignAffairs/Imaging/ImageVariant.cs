namespace ForeignAffairs.Imaging;

/// <summary>One published size of a processed image in one format.</summary>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Extension">Its file extension, which names its format: <c>webp</c>, <c>jpg</c> or <c>png</c>.</param>
internal sealed record ImageVariant(int Width, int Height, string Extension)
{
    /// <summary>The media type of the format, as a <c>source</c> element's <c>type</c> gives it.</summary>
    public string MediaType => Extension switch
    {
        "webp" => "image/webp",
        "png" => "image/png",
        _ => "image/jpeg",
    };
}

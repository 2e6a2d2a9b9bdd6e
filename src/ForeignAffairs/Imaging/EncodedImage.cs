namespace ForeignAffairs.Imaging;

/// <summary>A variant of an image with its encoded bytes.</summary>
internal sealed record EncodedImage(ImageVariant Variant, byte[] Bytes);

namespace ForeignAffairs.Imaging;

/// <summary>
/// A variant of a processed image, in the image cache's folder (<paramref name="File"/>) or else in memory
/// (<paramref name="Bytes"/>).
/// </summary>
internal sealed record StoredVariant(ImageVariant Variant, string? File, ReadOnlyMemory<byte>? Bytes);

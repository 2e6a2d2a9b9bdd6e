namespace ForeignAffairs.Imaging;

/// <summary>
/// The variants of one original, found by its content (<paramref name="Hash"/>); or why it could not be processed.
/// </summary>
internal sealed record StoredImage(string Hash, IReadOnlyList<StoredVariant> Variants, string? Problem = null);

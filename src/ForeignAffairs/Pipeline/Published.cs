namespace ForeignAffairs.Pipeline;

/// <summary>
/// What publishing wrote: files written and removed, bytes written when counted, and whether the output was written
/// whole (search index included) rather than brought up to date file by file.
/// </summary>
internal readonly record struct Published(int Written, int Removed, long Bytes, bool Whole);

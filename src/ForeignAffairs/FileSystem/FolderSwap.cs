namespace ForeignAffairs.FileSystem;

/// <summary>
/// Puts a complete folder in another's place by renaming, so that a reader finds the old folder or the new one, never a
/// mix of the two and never neither for longer than between two renames.
/// </summary>
internal static class FolderSwap
{
    /// <summary>
    /// Renames <paramref name="replacement"/> to <paramref name="target"/>, after moving the folder there (if any) to
    /// <paramref name="aside"/>, where it stays for the caller to delete. When the second rename fails, the old folder
    /// is put back before the failure is rethrown.
    /// </summary>
    public static void Replace(string target, string replacement, string aside)
    {
        var movedAside = Directory.Exists(target);
        if (movedAside) Directory.Move(target, aside);
        try
        {
            Directory.Move(replacement, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (movedAside && !Directory.Exists(target)) Directory.Move(aside, target);
            throw;
        }
    }
}

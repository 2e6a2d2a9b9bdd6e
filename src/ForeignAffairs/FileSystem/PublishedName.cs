namespace ForeignAffairs.FileSystem;

/// <summary>
/// The rule for a path that is published as it is named, such as an entry's file or a theme asset: every part must be a
/// name that any server and file system keeps as one name, so that no name can reach another place in the output.
/// </summary>
internal static class PublishedName
{
    /// <summary>
    /// The longest path, relative to its entry or theme folder, that is published: a whole address stays within what
    /// file systems, archives and hosts accept.
    /// </summary>
    public const int MaxLength = 200;

    /// <summary>What to tell an editor whose file name is refused.</summary>
    public const string Hint = "rename the file with letters, digits, '-', '_' and '.', such as site-plan-2025.pdf";

    /// <summary>
    /// <paramref name="relative"/> as it is written in an address: each part escaped, so that a '#', '?', '%' or space
    /// in a file name is part of the name and not of the address.
    /// </summary>
    public static string Escape(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Why <paramref name="relative"/> ('/'-separated) cannot be published, or null when it can.</summary>
    public static string? Problem(string relative)
    {
        if (relative.Length > MaxLength)
            return $"the path is {relative.Length} characters long, " +
                $"more than the {MaxLength} a published file may have";
        foreach (var c in relative)
        {
            // On Linux a backslash is part of a name; a server on another system reads it as a folder, as in
            // 'x\..\index.html'.
            if (c == '\\') return "the name contains a backslash (\\), which some systems read as a folder separator";
            if (char.IsControl(c))
                return $"the name contains the control character U+{(int)c:X4}, which cannot be part of an address";
        }
        return relative.Split('/').Any(part => part is "" or "." or "..")
            ? "the path has an empty, '.' or '..' part, which would lead to another folder"
            : null;
    }
}

using System.Globalization;

namespace ForeignAffairs.Cli;

/// <summary>
/// One mapping of a process's address space as <c>/proc/self/smaps</c> gives it: its range, its permissions, whether a
/// file (or a name such as <c>[stack]</c>) is behind it, and the kernel's flags for it.
/// </summary>
internal sealed record MemoryMapping(ulong Start, ulong End, string Permissions, bool Anonymous, string[] Flags)
{
    /// <summary>
    /// Reserved as .NET reserves the address range of its heap: inaccessible (<c>---p</c>) and left out of core dumps
    /// (<c>dd</c>).
    /// </summary>
    public bool Reserved => Permissions == "---p" && Flags.Contains("dd");

    /// <summary>
    /// Whether it may be part of the heap: anonymous, and either reserved or private, writable memory without huge
    /// pages barred (<c>nh</c>, which recent kernels set on threads' stacks). A guard page, inaccessible but not left
    /// out of core dumps, is not.
    /// </summary>
    public bool OfHeap => Anonymous && (Reserved || (Permissions == "rw-p" && !Flags.Contains("nh")));

    /// <summary>
    /// The mapping a heading line of smaps describes (<c>start-end perms offset device inode [path]</c>); null for the
    /// other lines.
    /// </summary>
    public static MemoryMapping? Parse(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0].Split('-') is not [var start, var end]
            || !ulong.TryParse(start, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var from)
            || !ulong.TryParse(end, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var to))
            return null;
        return new(from, to, fields[1], fields.Length == 5 && fields[4] == "0", []);
    }
}

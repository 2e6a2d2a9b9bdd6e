namespace ForeignAffairs.FileSystem;

/// <summary>What a path names, read without following a symbolic link.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,
    /// <summary>A regular file.</summary>
    File,
    /// <summary>A folder.</summary>
    Folder,
    /// <summary>A symbolic link, whatever it points to.</summary>
    Link,
    /// <summary>
    /// A named pipe, a device or a socket: reading one may block forever or never end, so it is never opened.
    /// </summary>
    Special,
}

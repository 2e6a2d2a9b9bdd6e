using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ForeignAffairs.Publishing;

namespace ForeignAffairs.Imaging;

/// <summary>
/// Processed images, found by the content of their original and <see cref="ImageSizes.Recipe"/>: a build processes only
/// images it has not seen, and a preview that rebuilds on every save does not even read again an original whose size
/// and time of change are the same. With a folder (the user's, in <c>images/</c> of the tool's cache folder), the
/// variants are kept there for later builds, each image's written to a folder beside its place and renamed into it once
/// complete; without one, they are kept in memory for as long as the cache is.
/// </summary>
internal sealed class ImageCache
{
    private readonly string? _folder;
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), StoredImage> _known = new();

    /// <summary>A cache in <paramref name="folder"/>, or in memory only when it is null.</summary>
    public ImageCache(string? folder) => _folder = folder is null ? null : Path.GetFullPath(folder);

    /// <summary>The user's cache: <c>images/</c> in the tool's cache folder.</summary>
    public static ImageCache ForUser() => new(Path.Combine(PagefindCache.ToolFolder(), "images"));

    /// <summary>The largest original a build reads: ten times a camera's largest photograph.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>
    /// The variants of the image in the file <paramref name="path"/>, processed now if they are not in the cache; or,
    /// when it cannot be read or processed, why. A failure is not kept: the file may be in the middle of being saved.
    /// </summary>
    internal StoredImage Get(string path)
    {
        try
        {
            var file = new FileInfo(path);
            var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
            // Variants kept in a folder that was emptied meanwhile (a system clearing caches) are made again.
            if (_known.TryGetValue(key, out var known)
                && known.Variants.All(v => v.File is null || File.Exists(v.File))) return known;
            var loaded = file.Length > MaxBytes
                ? new StoredImage("", [], $"it is {file.Length / (1024 * 1024)} MB, " +
                    $"more than the {MaxBytes / (1024 * 1024)} MB an image may be")
                : Load(file.FullName);
            if (loaded.Problem is null) _known[key] = loaded;
            return loaded;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new StoredImage("", [], $"it cannot be read ({ex.Message})");
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException)
        {
            return new StoredImage("", [],
                "images cannot be processed on this machine, since the image library (libvips) could not be loaded");
        }
    }

    private StoredImage Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hash = Hash(bytes);
        var folder = _folder is null ? null : Path.Combine(_folder, hash[..2], hash);
        if (folder is not null && Read(folder) is { } stored) return new StoredImage(hash, stored);
        if (ImageProcessor.Process(bytes, out var problem) is not { } encoded)
            return new StoredImage(hash, [], problem);
        if (folder is null || Write(folder, encoded) is not { } written)
            return new StoredImage(hash, encoded.Select(e => new StoredVariant(e.Variant, null, e.Bytes)).ToArray());
        return new StoredImage(hash, written);
    }

    // The content, the recipe and the version of libvips, whose encoders may give other bytes in another version.
    private static string Hash(byte[] bytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes($"{ImageSizes.Recipe}/{ImageProcessor.LibraryVersion}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // The manifest lists each variant as "width height extension", in order; it is written last, so a folder with one
    // is complete. A folder that is not (a file lost or emptied, a manifest cut short) is removed, to be written again.
    private static StoredVariant[]? Read(string folder)
    {
        var manifest = Path.Combine(folder, "manifest");
        if (!File.Exists(manifest)) return null;
        try
        {
            var variants = File.ReadAllLines(manifest).Select(line => line.Split(' ')).Select(parts =>
            {
                var variant = new ImageVariant(int.Parse(parts[0], CultureInfo.InvariantCulture),
                    int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
                return new StoredVariant(variant, Path.Combine(folder, FileName(variant)), null);
            }).ToArray();
            if (variants.Length > 0 && variants.All(v => new FileInfo(v.File!) is { Exists: true, Length: > 0 }))
                return variants;
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or IOException
            or UnauthorizedAccessException)
        {
            // Taken as incomplete.
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build may be using it; this one processes the image in memory.
        }
        return null;
    }

    // Null when the folder cannot be written (read-only, full): the build goes on with the variants in memory.
    private static StoredVariant[]? Write(string folder, IReadOnlyList<EncodedImage> encoded)
    {
        var partial = $"{folder}.partial-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(partial);
            foreach (var (variant, bytes) in encoded)
                File.WriteAllBytes(Path.Combine(partial, FileName(variant)), bytes);
            File.WriteAllLines(Path.Combine(partial, "manifest"),
                encoded.Select(e => string.Create(CultureInfo.InvariantCulture,
                    $"{e.Variant.Width} {e.Variant.Height} {e.Variant.Extension}")));
            Directory.Move(partial, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build may have stored the same image at the same moment: its copy is as good.
            if (!Directory.Exists(folder)) return null;
        }
        finally
        {
            if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        }
        return Read(folder);
    }

    private static string FileName(ImageVariant variant) => $"{variant.Width}.{variant.Extension}";
}

using System.Text;
using ForeignAffairs.Configuration;
using ForeignAffairs.Content;

namespace ForeignAffairs.Tests.Unit;

/// <summary>A site folder under the system's temporary folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>The site folder (it holds content/ once a file is written there).</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "fa-unit-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Root);

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="relativePath"/>, creating its folders.
    /// </summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Creates an empty folder at <paramref name="relativePath"/>.</summary>
    public string Folder(string relativePath) => Directory.CreateDirectory(Path.Combine(Root, relativePath)).FullName;

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>
    /// Settings of a site in English (default), Japanese and Korean, published at https://example.org/invest/.
    /// </summary>
    public static SiteConfig ThreeLanguageConfig()
    {
        Language[] languages = [new("en", "English"), new("ja", "日本語"), new("ko", "한국어")];
        return new SiteConfig(LocalizedText.Of("Invest in Vietnam"), null, new Uri("https://example.org/invest/"),
            languages[0], languages, "minimal");
    }
}

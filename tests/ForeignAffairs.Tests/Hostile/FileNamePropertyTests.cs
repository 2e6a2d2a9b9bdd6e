using ForeignAffairs.FileSystem;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Hostile;

/// <summary>
/// Random file names through the whole build: each is either published as itself, inside its entry's folder of the
/// output, or refused with one diagnostic; no name writes anywhere else, crashes or hangs.
/// </summary>
public sealed class FileNamePropertyTests
{
    private const string Entry = "content/projects/yen-phong-park";

    // Pieces that have broken file handling somewhere: separators, escapes, controls, scripts, and long runs.
    private static readonly string[] Pieces =
    [
        "a", "plan", "2025", "-", "_", " ", ".", "..", "#", "?", "%20", "%", "&", "+", "=", ";", "'", "\"", "<", ">",
        "|", "*", "\\", "\\..\\", "\u0001", "\u001b", "\u007f", "\u0085",
        "é", "ệ", "한국", "日本", "😀", "\u200b", "\u202e", "~",
        new string('x', 40), new string('đ', 30),
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_name_is_published_as_itself_or_refused_alone(int seed)
    {
        var random = new Random(seed);
        var name = RandomPath(random);
        using var site = new HostileSite();
        var file = site.PathOf($"{Entry}/{name}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"document {seed}");
        var content = FolderState.Of(site.PathOf("content"));

        var outcome = site.Run("build");

        Assert.Equal(content, FolderState.Of(site.PathOf("content")));
        if (name.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~')))
        {
            Assert.Equal(0, outcome.Exit); // hidden files and editor backups are not content
        }
        else if (PublishedName.Problem(name) is null)
        {
            Assert.True(outcome.Exit == 0, outcome.Err);
            var published = Path.Combine(site.Output, "en", "projects", "yen-phong-park", name);
            Assert.Equal($"document {seed}", File.ReadAllText(published));
        }
        else
        {
            Assert.Equal(1, outcome.Exit);
            var problem = Assert.Single(outcome.Problems);
            Assert.EndsWith(": error FA1013", problem, StringComparison.Ordinal);
        }
    }

    // One to three folders deep, each part made of random pieces, ending as a document; never "." or "..".
    private static string RandomPath(Random random)
    {
        string Part()
        {
            while (true)
            {
                var part = string.Concat(Enumerable.Range(0, random.Next(1, 6))
                    .Select(_ => Pieces[random.Next(Pieces.Length)]));
                if (part is not ("." or "..") && !part.Contains('/')
                    && System.Text.Encoding.UTF8.GetByteCount(part) < 200) return part;
            }
        }
        var folders = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Part());
        return string.Join('/', folders.Append(Part() + ".pdf"));
    }
}

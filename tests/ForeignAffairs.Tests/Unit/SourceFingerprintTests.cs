using System.Security.Cryptography;
using System.Text;
using ForeignAffairs.Localization;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// A translation records its source's fingerprint; the fingerprints already written in sites must stay valid, so the
/// fingerprint is fixed: the SHA-256 of the text with its line endings made "\n", trailing spaces removed and empty
/// lines at either end left out.
/// </summary>
public sealed class SourceFingerprintTests
{
    private static string Specified(string text)
    {
        var normalized = string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()))
            .Trim('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..12];
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n \n")]
    [InlineData("One line")]
    [InlineData("\n\n  Indented first line  \r\nsecond\t\r\n\r\n\r\nafter two empty lines\n\n")]
    [InlineData("mixed\rendings\u2028and\u0085separators\fhere\u2029end")]
    [InlineData("Bắc Ninh 박닌성 バクニン省 🏭\n  ")]
    public void A_fingerprint_is_the_hash_of_the_normalized_text(string text) =>
        Assert.Equal(Specified(text), SourceFingerprint.Of(text));

    [Fact]
    public void Long_lines_and_random_texts_hash_as_specified()
    {
        var random = new Random(2026);
        var pieces = new[] { "a", "Ế", "省", "🏭", " ", "\t", "\n", "\r\n", "\r", "\u2028", "\uD800" };
        for (var n = 0; n < 300; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 3000))
                .Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Specified(text), SourceFingerprint.Of(text));
        }
    }

    [Fact]
    public void Line_endings_and_trailing_spaces_are_not_changes_but_words_are()
    {
        Assert.Equal(SourceFingerprint.Of("a\nb"), SourceFingerprint.Of("a  \r\nb\r\n\r\n"));
        Assert.NotEqual(SourceFingerprint.Of("a\nb"), SourceFingerprint.Of("a\n\nb"));
    }
}

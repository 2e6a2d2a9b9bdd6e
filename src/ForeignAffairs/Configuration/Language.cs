namespace ForeignAffairs.Configuration;

/// <summary>A language the site is published in.</summary>
/// <param name="Code">The BCP 47 code used in URLs, file names and <c>lang</c> attributes: en, ja, ko, vi.</param>
/// <param name="Name">The language's name in itself, as the language switcher shows it: English, 日本語, 한국어.</param>
/// <param name="Direction">
/// The direction it is written in, <see cref="LeftToRight"/> or <see cref="RightToLeft"/>, as an HTML <c>dir</c>
/// attribute takes it (Hugo's <c>languageDirection</c>).
/// </param>
internal sealed record Language(string Code, string Name, string Direction = Language.LeftToRight)
{
    /// <summary>Written from left to right, as most languages are.</summary>
    public const string LeftToRight = "ltr";

    /// <summary>Written from right to left, as Arabic, Hebrew and Persian are.</summary>
    public const string RightToLeft = "rtl";
}

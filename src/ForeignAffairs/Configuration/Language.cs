namespace ForeignAffairs.Configuration;

/// <summary>A language the site is published in.</summary>
/// <param name="Code">The BCP 47 code used in URLs, file names and <c>lang</c> attributes: en, ja, ko, vi.</param>
/// <param name="Name">The language's name in itself, as the language switcher shows it: English, 日本語, 한국어.</param>
public sealed record Language(string Code, string Name);

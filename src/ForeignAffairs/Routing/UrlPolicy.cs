using System.Globalization;
using System.Text.RegularExpressions;

namespace ForeignAffairs.Routing;

/// <summary>
/// The one policy for addresses written in content, wherever they are written: a Markdown link, a field of an entry, a
/// site setting. Allowed are web addresses over http or https to a valid host name and without a user name or password,
/// one plain e-mail address (a <c>mailto:</c> without headers) and a telephone number. Anything that could run script
/// (<c>javascript:</c>, <c>data:</c>), add mail headers or publish a password is refused. Each check gives the problem
/// and a hint for the editor, or null when the address may be published.
/// </summary>
internal static partial class UrlPolicy
{
    private const string WebHint = "write the address as the browser shows it, such as https://www.example.org/page";

    /// <summary>
    /// The scheme <paramref name="url"/> starts with (<c>https</c> of <c>https://...</c>), or null when it has none.
    /// </summary>
    public static string? SchemeOf(string url) =>
        Scheme().Match(url) is { Success: true } scheme ? scheme.Groups[1].Value : null;

    /// <summary>
    /// Checks a link that starts with a scheme, as Markdown may hold: a web, <c>mailto:</c> or <c>tel:</c> address.
    /// </summary>
    public static (string Problem, string Hint)? Link(string url)
    {
        var scheme = SchemeOf(url) ?? "";
        return scheme.ToLowerInvariant() switch
        {
            "http" or "https" => WebAddress(url),
            "mailto" => MailLink(url),
            "tel" => PhoneNumber(url[(scheme.Length + 1)..]),
            _ => ($"links starting with '{scheme}:' are not allowed",
                "link to a web page (https://...), an e-mail address (mailto:...) or another entry (collection/slug)"),
        };
    }

    /// <summary>Checks a full web address: http or https, a valid host name, no user name or password.</summary>
    public static (string Problem, string Hint)? WebAddress(string url)
    {
        if (Unprintable(url) is { } unprintable) return unprintable;
        var scheme = SchemeOf(url);
        if (scheme?.ToLowerInvariant() is not ("http" or "https"))
        {
            return (scheme is null ? $"'{url}' is not a full web address"
                : $"addresses starting with '{scheme}:' are not allowed here",
                "write a web address starting with https://");
        }
        // Checked before any message repeats the address.
        if (UserInfo().IsMatch(url)) return Credentials;
        if (url.Any(c => char.IsWhiteSpace(c) || c == '\\'))
            return ($"the address '{url}' holds a space or a backslash, which a web address cannot",
                WebHint + "; a space is written %20");
        if (!url.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return ($"'{url}' is not a valid web address", WebHint);
        if (uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
            || (uri.HostNameType == UriHostNameType.Dns && (IdnHost(uri) is not { } host || !HostName().IsMatch(host))))
            return ($"'{uri.Host}' in '{url}' is not a host name, so the address leads nowhere", WebHint);
        return null;
    }

    // The host as DNS reads it; null for a host that IDNA refuses, such as one with a combining accent after a dot.
    private static string? IdnHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The refusal of an address that holds a user name or password, which would be published for anyone to read; the
    /// message does not repeat the address, so that the password does not reach a build log either.
    /// </summary>
    public static (string Problem, string Hint) Credentials { get; } =
        ("the address holds a user name or password (user:password@), which would be published for anyone to read",
            "remove the part up to '@': give the address of the page itself");

    /// <summary>
    /// Checks an office's website: a full web address, or a host name and path that the theme links over https.
    /// </summary>
    public static (string Problem, string Hint)? Website(string text)
    {
        if (NamesScheme(text)) return WebAddress(text);
        if (Unprintable(text) is { } unprintable) return unprintable;
        return IsHostName(text.Split('/')[0]) ? WebAddress("https://" + text) : WebAddress(text);
    }

    /// <summary>
    /// Where an office's website, which <see cref="Website"/> accepts, links: as written when it names its scheme, else
    /// over https (www.example.gov.vn, or a host whose name starts with "http", such as httpd.example.org).
    /// </summary>
    public static string WebsiteLink(string text) => NamesScheme(text) ? text : "https://" + text;

    private static bool NamesScheme(string website) => website.Contains("://", StringComparison.Ordinal);

    /// <summary>Checks a plain e-mail address: one address, nothing before or after it.</summary>
    public static (string Problem, string Hint)? EmailAddress(string address)
    {
        if (Unprintable(address) is { } unprintable) return unprintable;
        var at = address.LastIndexOf('@');
        var domain = address[(at + 1)..];
        if (at > 0 && LocalPart().IsMatch(address[..at]) && IsHostName(domain)
            && domain.Contains('.', StringComparison.Ordinal))
            return null;
        return ($"'{address}' is not one plain e-mail address",
            "write only the address, such as investment@example.gov.vn");
    }

    /// <summary>Checks a telephone number: digits, spaces, '+', '-' and brackets only.</summary>
    public static (string Problem, string Hint)? PhoneNumber(string number)
    {
        if (Unprintable(number) is { } unprintable) return unprintable;
        if (Phone().IsMatch(number)) return null;
        return ($"'{number}' is not a telephone number: it may hold only digits, spaces, '+', '-' and brackets",
            "write the number as it is dialled from abroad, such as +84 222 3822 569");
    }

    /// <summary>
    /// Whether <paramref name="host"/> is a host name: labels of letters (any script), digits and inner hyphens,
    /// separated by dots. Nothing else, so that a host cannot carry a port, a path, a space or a ';' into a header or a
    /// policy.
    /// </summary>
    public static bool IsHostName(string host)
    {
        if (host.Length is 0 or > 253) return false;
        try
        {
            return HostName().IsMatch(new IdnMapping().GetAscii(host));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // A mailto: link may name one address and nothing more: '?' would add headers (cc, bcc, body), ',' a second
    // address.
    private static (string Problem, string Hint)? MailLink(string url)
    {
        var address = url[(SchemeOf(url)!.Length + 1)..];
        if (address.AsSpan().IndexOfAny("?,;%&") < 0 && EmailAddress(address) is null) return null;
        return ("a mailto: link may hold one plain e-mail address only, " +
            "without '?' headers (cc, bcc, subject), a second address " +
            "or encoded characters", "write mailto:name@example.org");
    }

    // Line breaks and invisible characters are refused before anything is quoted in a message, which is printed on one
    // line.
    private static (string Problem, string Hint)? Unprintable(string text) =>
        text.Any(char.IsControl)
            ? ("the address holds a line break or an invisible control character",
                "write the address on one line, as the browser shows it")
            : null;

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    // Anything before an '@' in the part after '//' is a user name or password, however malformed the rest.
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*@")]
    private static partial Regex UserInfo();

    [GeneratedRegex("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex HostName();

    [GeneratedRegex("^[A-Za-z0-9!#$'*+/=^_`{|}~-]+(?:\\.[A-Za-z0-9!#$'*+/=^_`{|}~-]+)*$")]
    private static partial Regex LocalPart();

    [GeneratedRegex("^(?=.*[0-9])[0-9 +()-]+$")]
    private static partial Regex Phone();
}

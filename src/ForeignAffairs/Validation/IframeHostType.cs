using System.Globalization;
using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// A host whose pages raw HTML may embed in an iframe, as <c>iframe_hosts</c> in site.yaml lists it: a host name, which
/// <c>https://</c> may precede and <c>*.</c> may widen to every subdomain. It is written into the
/// Content-Security-Policy and the <c>_headers</c> file, where a ';', a space or a line break would add directives or
/// headers, so nothing but a host is allowed. Read as the host without <c>https://</c>, in lowercase ASCII
/// (international names in their xn-- form).
/// </summary>
internal sealed class IframeHostType : FieldType
{
    private const string Https = "https://";
    private const string Wildcard = "*.";

    /// <inheritdoc />
    public override string Description => "a host name such as www.youtube-nocookie.com";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var host = text.StartsWith(Https, StringComparison.OrdinalIgnoreCase) ? text[Https.Length..] : text;
        var wildcard = host.StartsWith(Wildcard, StringComparison.Ordinal) ? Wildcard : "";
        var name = host[wildcard.Length..];
        if (UrlPolicy.IsHostName(name)) return wildcard + new IdnMapping().GetAscii(name).ToLowerInvariant();
        // The value is not repeated: it may hold a line break, and the message is printed on one line.
        context.Error(DiagnosticCodes.InvalidSetting, node,
            "this is not a host name, and iframe_hosts lists only host names",
            "write the host alone, such as www.youtube-nocookie.com or *.example.org: " +
            "no path, port, space, quote or ';'");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^(https://)?(\\*\\.)?[^\\s/:;,'\"*]+$",
    };
}

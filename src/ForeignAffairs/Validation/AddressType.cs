using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Routing;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// A web address, e-mail address or telephone number, which a page publishes as a link: checked by
/// <see cref="UrlPolicy"/>, as the links of Markdown are, so that no field can publish a link that Markdown would
/// refuse.
/// </summary>
/// <param name="kind">What the field holds.</param>
internal sealed class AddressType(AddressKind kind) : FieldType
{
    /// <inheritdoc />
    public override string Description => kind switch
    {
        AddressKind.WebPage => "a web address such as https://www.example.org/news/1",
        AddressKind.Website => "a website such as https://www.example.gov.vn",
        AddressKind.Email => "an e-mail address such as investment@example.gov.vn",
        _ => "a telephone number such as +84 222 3822 569",
    };

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        var refusal = kind switch
        {
            AddressKind.WebPage => UrlPolicy.WebAddress(text),
            AddressKind.Website => UrlPolicy.Website(text),
            AddressKind.Email => UrlPolicy.EmailAddress(text),
            _ => UrlPolicy.PhoneNumber(text),
        };
        if (refusal is not { } refused) return text;
        context.Error(DiagnosticCodes.UnsafeLink, node, refused.Problem, refused.Hint);
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => kind switch
    {
        AddressKind.WebPage => new() { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" },
        AddressKind.Email => new() { ["type"] = "string", ["format"] = "email" },
        AddressKind.Phone => new() { ["type"] = "string", ["pattern"] = "^[0-9 +()-]+$" },
        _ => new() { ["type"] = "string" },
    };
}

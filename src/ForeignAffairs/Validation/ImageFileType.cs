using System.Text.Json.Nodes;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Imaging;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>The name of a JPEG, PNG or WebP file in the entry's folder, such as <c>site-plan.jpg</c>.</summary>
internal sealed class ImageFileType : FieldType
{
    /// <inheritdoc />
    public override string Description =>
        "the name of a JPEG, PNG or WebP file in the entry's folder, such as site-plan.jpg";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } file) return null;
        file = file.Trim();
        if (!ImageSizes.Handles(file))
        {
            context.Error(DiagnosticCodes.WrongType, node,
                $"'{file}' is not a JPEG, PNG or WebP image, which are the images a page can show",
                "save the image as JPEG (a photograph) or PNG (a plan or diagram)");
            return null;
        }
        var resources = context.Resources ?? [];
        if (resources.Contains(file, StringComparer.Ordinal)) return file;
        var images = resources.Where(ImageSizes.Handles).ToArray();
        context.Error(DiagnosticCodes.BrokenLink, node, $"the image '{file}' is not in the entry's folder",
            images.Length > 0 ? Suggestion.Hint(file, images)
                : "put the image beside index.yaml, in the entry's folder");
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "\\.([jJ][pP][eE]?[gG]|[pP][nN][gG]|[wW][eE][bB][pP])$",
    };
}

using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// Plain text of one line that is the same in every language: an abbreviation, a source, a language code.
/// </summary>
internal sealed class StringType : FieldType
{
    /// <inheritdoc />
    public override string Description => "plain text";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } text) return null;
        // A block scalar ('|' or '>') ends with a line break, which is not part of the value's one line.
        if (text.Trim().FirstOrDefault(ControlCharacters.IsLineBreakOrTab) is not '\0' and var breakOrTab)
        {
            ControlCharacters.Report(breakOrTab, context.Source.Locate(node), context.Diagnostics);
            return null;
        }
        return text;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new() { ["type"] = "string" };
}

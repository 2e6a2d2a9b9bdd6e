using System.Text.Json.Nodes;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// The slug of an entry of another collection, such as a project's province; read as an <see cref="EntryKey"/>.
/// </summary>
/// <param name="target">The collection the slug names an entry of.</param>
internal sealed class ReferenceType(Collection target) : FieldType
{
    /// <summary>The collection referred to.</summary>
    public Collection Target { get; } = target;

    /// <inheritdoc />
    public override string Description => $"the slug of an entry in {Target.Name}/";

    /// <inheritdoc />
    public override object? Read(YamlNode node, ValueContext context)
    {
        if (Scalar(node, context) is not { } slug) return null;
        var key = new EntryKey(Target, slug);
        if (context.Entries.Contains(key)) return key;
        if (context.Misnamed?.Contains(key) == true) return null;

        if (context.Drafts?.Contains(key) == true)
        {
            context.Error(DiagnosticCodes.UnknownReference, node,
                $"'{slug}' in {Target.Name}/ is still a draft, so it is not published",
                $"publish it first by deleting the line 'draft: true' from content/{Target.Name}/{slug}/index.yaml");
            return null;
        }
        var existing = context.Entries.Where(e => e.Collection == Target).Select(e => e.Slug).ToArray();
        if (slug.Contains(',', StringComparison.Ordinal))
        {
            context.Error(DiagnosticCodes.UnknownReference, node,
                $"there is no entry '{slug}' in {Target.Name}/: several slugs are written as a list",
                "write each on a line of its own, after '- ', or as [first, second]");
            return null;
        }
        if (slug.StartsWith(Target.Name + "/", StringComparison.Ordinal)
            && existing.Contains(slug[(Target.Name.Length + 1)..]))
        {
            context.Error(DiagnosticCodes.UnknownReference, node,
                $"'{slug}' names the collection too, but this field already refers to {Target.Name}/",
                $"write only the slug: '{slug[(Target.Name.Length + 1)..]}'");
            return null;
        }
        context.Error(DiagnosticCodes.UnknownReference, node, $"there is no entry '{slug}' in {Target.Name}/",
            existing.Length == 0 ? $"create content/{Target.Name}/{slug}/ first" : Suggestion.Hint(slug, existing));
        return null;
    }

    /// <inheritdoc />
    public override JsonObject ToJsonSchema(IReadOnlyList<string> languages) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$",
        ["description"] = $"The folder name of an entry under content/{Target.Name}/.",
    };
}

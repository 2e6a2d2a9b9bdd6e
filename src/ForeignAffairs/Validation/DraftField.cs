using YamlDotNet.RepresentationModel;

namespace ForeignAffairs.Validation;

/// <summary>
/// The <c>draft</c> field of an entry's <c>index.yaml</c>: a draft is checked more leniently and never published.
/// </summary>
internal static class DraftField
{
    private static readonly YamlScalarNode Key = new("draft");

    /// <summary>Whether the fields of <paramref name="index"/> mark the entry as a draft.</summary>
    public static bool IsSet(YamlMappingNode index) =>
        index.Children.TryGetValue(Key, out var value)
        && value is YamlScalarNode { Value: { } text } && text.ToLowerInvariant() is "true" or "yes";
}

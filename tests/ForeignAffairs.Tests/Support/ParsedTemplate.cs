using ForeignAffairs.Rendering;
using Scriban;

namespace ForeignAffairs.Tests.Support;

/// <summary>Templates read in tests, which must parse.</summary>
internal static class ParsedTemplate
{
    /// <summary>What <paramref name="text"/>, the template <paramref name="path"/>, reads and sets.</summary>
    public static TemplateVariables Variables(string path, string text)
    {
        var template = Template.Parse(text, path);
        Assert.False(template.HasErrors, string.Join('\n', template.Messages));
        return TemplateVariables.Of(template);
    }
}

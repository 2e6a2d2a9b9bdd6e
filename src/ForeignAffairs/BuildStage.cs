namespace ForeignAffairs;

/// <summary>The names of a build's stages, as its progress and <c>--timings</c> report them.</summary>
internal static class BuildStage
{
    /// <summary>Waiting for another build publishing to the same folder.</summary>
    public const string Wait = "wait";

    /// <summary>
    /// Reading the settings, the content and the theme, and checking the content against the schemas.
    /// </summary>
    public const string Load = "load";

    /// <summary>Rendering the pages of every language.</summary>
    public const string Render = "render";

    /// <summary>Reading the rendered pages back: links, fragments, languages, alternates.</summary>
    public const string Verify = "verify";

    /// <summary>Writing the files and putting them in the place of the output.</summary>
    public const string Publish = "publish";

    /// <summary>Indexing the written pages for search, within publishing.</summary>
    public const string Search = "search";
}

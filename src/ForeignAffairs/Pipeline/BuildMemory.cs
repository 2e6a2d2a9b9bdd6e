using ForeignAffairs.Content;
using ForeignAffairs.Imaging;
using ForeignAffairs.Rendering;
using ForeignAffairs.Validation;
using ForeignAffairs.Verification;

namespace ForeignAffairs.Pipeline;

/// <summary>
/// What a run of the <see cref="BuildPipeline"/> keeps for the next: the files read, the entries checked, the texts and
/// views rendered, the pages verified and the last good build. A single build (<see cref="None"/>) keeps only what it
/// needs while it runs, and drops each page's HTML once it is written, so that a large site is never held in memory
/// whole; a live site (<see cref="Kept"/>) keeps all of it but the HTML of pages it has published (of which it keeps a
/// digest), so that a rebuild does only the work a change calls for.
/// </summary>
internal sealed class BuildMemory
{
    private BuildMemory(bool kept)
    {
        Keeps = kept;
        Verified = new VerifiedPages(remembers: kept);
        if (!kept) return;
        Folders = new LoadedFolders();
        Theme = new LoadedTheme();
        Checked = new CheckedEntries();
        Render = new RenderMemory();
    }

    /// <summary>The memory of a build that runs once: build and check.</summary>
    public static BuildMemory None() => new(false);

    /// <summary>The memory of a site built again as it is edited: the preview.</summary>
    public static BuildMemory Kept() => new(true);

    /// <summary>
    /// Whether runs build on the ones before: pages keep a digest of their HTML, and the HTML itself until they are
    /// published when a rebuild refreshes the output in place, and note what they depend on.
    /// </summary>
    public bool Keeps { get; }

    /// <summary>The content folders read, by their files' times and lengths.</summary>
    public LoadedFolders? Folders { get; }

    /// <summary>The theme loaded last.</summary>
    public LoadedTheme? Theme { get; }

    /// <summary>The entries checked against their schemas.</summary>
    public CheckedEntries? Checked { get; }

    /// <summary>The Markdown texts rendered.</summary>
    public MarkdownMemo Markdown { get; private set; } = new();

    /// <summary>
    /// The images processed, for a build not given a cache of its own (in memory; a preview processes each image once).
    /// </summary>
    public ImageCache Images { get; } = new(null);

    /// <summary>The entry views and cached partials of each language.</summary>
    public RenderMemory? Render { get; }

    /// <summary>What verification read of each page and found.</summary>
    public VerifiedPages Verified { get; }

    /// <summary>The last build that succeeded, which the next one compares the site with.</summary>
    public BuiltSite? Last { get; private set; }

    /// <summary>
    /// Starts rendering everything again: texts and views depend on which entries exist and on the settings.
    /// </summary>
    public void RenderAnew()
    {
        Markdown = new MarkdownMemo();
        Render?.Clear();
    }

    /// <summary>
    /// Forgets what a run that failed rendered: the views of a site that did not build are not those of the last good
    /// build, and, when it rendered everything anew (<paramref name="renderedAnew"/>), neither are its texts.
    /// </summary>
    public void Failed(bool renderedAnew)
    {
        if (renderedAnew) RenderAnew();
        else Render?.Clear();
        Verified.Discard();
    }

    /// <summary>
    /// Keeps <paramref name="built"/> as the last good build, when runs build on the ones before: published and
    /// verified, the pages it rendered anew let go of their HTML and keep its digest.
    /// </summary>
    public void Succeeded(BuiltSite built)
    {
        Verified.Confirm();
        if (!Keeps) return;
        Last = built;
        foreach (var page in built.Change.Anew) page.LetGoOfHtml();
    }
}

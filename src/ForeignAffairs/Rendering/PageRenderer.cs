using System.Runtime.ExceptionServices;
using ForeignAffairs.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ForeignAffairs.Rendering;

/// <summary>
/// Renders pages of one language with one template context: the page's own template, then <c>base</c> around it.
/// </summary>
internal sealed class PageRenderer
{
    private const string BaseTemplate = "base";

    /// <summary>The variable that holds the page a template renders.</summary>
    public const string PageVariable = "page";
    private readonly HtmlTemplateContext _context;
    private readonly Theme _theme;
    private readonly DiagnosticBag _diagnostics;

    public PageRenderer(Theme theme, ScriptObject globals, DiagnosticBag diagnostics, OutputBuffers buffers,
        TemplateClock? clock = null)
    {
        _theme = theme;
        _diagnostics = diagnostics;
        _context = new HtmlTemplateContext(new ThemeTemplateLoader(theme.Templates), buffers) { Clock = clock };
        foreach (var (name, template) in theme.Templates) _context.CachedTemplates[name] = template;
        _context.PushGlobal(globals);
    }

    /// <summary>
    /// Renders the template named <paramref name="templateName"/> for <paramref name="page"/>, wrapped in the base
    /// layout unless it is a whole document. <paramref name="what"/> names the kind of page in messages ("the home
    /// page"), so that a template that fails on every page of a kind is reported once. What the page reads is noted in
    /// <paramref name="dependencies"/>.
    /// </summary>
    public string? Render(string templateName, ScriptObject page, string what, PageDependencies? dependencies,
        bool wrap = true)
    {
        using var text = RenderText(templateName, page, what, dependencies, wrap);
        return text?.ToString();
    }

    /// <summary>
    /// Renders the page as <see cref="Render"/> does, into a text to be disposed once it has been read.
    /// </summary>
    public PageText? RenderText(string templateName, ScriptObject page, string what, PageDependencies? dependencies,
        bool wrap = true)
    {
        if (_theme.Compiled.Count > 0)
        {
            // A call that fails as it starts, deeper than the limit, leaves its depth counted.
            var depth = ScribanState.CallDepth(_context);
            try
            {
                return Attempt(templateName, page, dependencies, wrap, _theme.Compiled);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Rendered again below by the interpreter, which reports what failed as Scriban reports it, with the
                // template's line and column. What the failed render noted the page reads stays noted: a rebuild may
                // only render it once more than it needs.
                ScribanState.CallDepth(_context) = depth;
            }
        }
        try
        {
            return Attempt(templateName, page, dependencies, wrap, null);
        }
        catch (ScriptRuntimeException ex) when (IsGeneratorFault(ex.InnerException))
        {
            // A template function of the generator failed by its own fault, not the template's: it ends the build as an
            // internal error, with its own stack.
            ExceptionDispatchInfo.Throw(ex.InnerException!);
            throw;
        }
        catch (ScriptRuntimeException ex)
        {
            var location = new SourceLocation(ex.Span.FileName ?? _theme.RelativeFolder, ex.Span.Start.Line + 1,
                ex.Span.Start.Column + 1);
            _diagnostics.Error(DiagnosticCodes.TemplateRuntime, location,
                $"the template failed while rendering {what}: {ex.OriginalMessage}",
                ex is LoopLimitException ? LoopLimitException.Hint : null);
            return null;
        }
    }

    // One render of the page, by the compiled templates or, without them, by Scriban's interpreter.
    private PageText Attempt(string templateName, ScriptObject page, PageDependencies? dependencies, bool wrap,
        IReadOnlyDictionary<Template, CompiledTemplate>? compiled)
    {
        var template = _theme.Templates[templateName];
        var scope = new ScriptObject(StringComparer.Ordinal) { [PageVariable] = page };
        _context.PushGlobal(scope);
        _context.Dependencies = dependencies;
        _context.Compiled = compiled;
        _context.StartPage(page["lang"] as string ?? "");
        dependencies?.Use(templateName);
        try
        {
            if (!wrap) return new PageText(_context.RenderToString(template));
            dependencies?.Use(BaseTemplate);
            return _context.RenderInLayout(template, _theme.Templates[BaseTemplate], scope);
        }
        finally
        {
            _context.Dependencies = null;
            _context.Compiled = null;
            _context.PopGlobal();
        }
    }

    // Scriban wraps whatever a function throws. A template's mistakes reach a function as values it refuses (an
    // argument of the wrong kind, a pattern that is not one); these exception types come only from code that is wrong
    // whatever the template passes it.
    private static bool IsGeneratorFault(Exception? inner) =>
        inner is NullReferenceException or IndexOutOfRangeException or NotImplementedException;
}

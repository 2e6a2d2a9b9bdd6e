using System.Text;
using ForeignAffairs.Configuration;

namespace ForeignAffairs.Publishing;

/// <summary>
/// The Content-Security-Policy and the other security headers of the site. The pages need no inline script: scripts and
/// styles come from the site itself; Pagefind's search runs WebAssembly; iframes may come only from
/// <c>iframe_hosts</c>.
/// </summary>
internal static class SecurityPolicy
{
    /// <summary>
    /// The policy as a page's <c>meta http-equiv</c> may carry it (browsers ignore frame-ancestors there).
    /// </summary>
    public static string ForPages(SiteConfig config)
    {
        var frames = config.IframeHosts is { Count: > 0 } hosts
            ? string.Join(' ', hosts.Select(h => $"https://{h}"))
            : "'none'";
        return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
               "img-src 'self' data:; " +
               $"font-src 'self'; connect-src 'self'; frame-src {frames}; object-src 'none'; base-uri 'self'; " +
               "form-action 'self'";
    }

    /// <summary>
    /// A <c>_headers</c> file, as Netlify and Cloudflare Pages read it: the policy (with frame-ancestors, which only a
    /// header can set) and the usual security headers, for every address of the site.
    /// </summary>
    public static PublishedDocument HeadersFile(SiteConfig config)
    {
        var text = new StringBuilder()
            .Append(config.BasePath).Append('*').Append('\n')
            .Append("  Content-Security-Policy: ").Append(ForPages(config)).Append("; frame-ancestors 'self'\n")
            .Append("  X-Content-Type-Options: nosniff\n")
            .Append("  Referrer-Policy: strict-origin-when-cross-origin\n")
            .Append("  X-Frame-Options: SAMEORIGIN\n")
            .Append("  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n")
            .Append("  Strict-Transport-Security: max-age=31536000\n");
        return new PublishedDocument("_headers", Encoding.UTF8.GetBytes(text.ToString()));
    }
}

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// The sample site carries its Content-Security-Policy on every page and, for hosts that read one, in <c>_headers</c>.
/// </summary>
public sealed class SecurityHeadersTests(SampleSite sample) : IClassFixture<SampleSite>
{
    [Fact]
    public void Every_page_declares_a_policy_that_allows_no_inline_script_and_nothing_from_other_hosts()
    {
        foreach (var page in sample.Built.Pages)
        {
            var document = sample.Built.Page(page);
            var policy = document.QuerySelector("head meta[http-equiv='Content-Security-Policy']")
                ?.GetAttribute("content");
            Assert.False(policy is null, $"{page} has no Content-Security-Policy");
            var directives = policy.Split(';', StringSplitOptions.TrimEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d);
            Assert.Equal("script-src 'self' 'wasm-unsafe-eval'", directives["script-src"]);
            Assert.Equal("default-src 'self'", directives["default-src"]);
            Assert.Equal("object-src 'none'", directives["object-src"]);
            // No script element on the page has inline code: only external files and JSON-LD data.
            Assert.All(document.QuerySelectorAll("script:not([src])"),
                s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        }
    }

    [Fact]
    public void The_headers_file_sets_the_policy_and_the_usual_security_headers_for_every_address()
    {
        var lines = File.ReadAllLines(Path.Combine(sample.Output, "_headers"));
        Assert.Equal("/*", lines[0]);
        var headers = lines.Skip(1)
            .ToDictionary(l => l.Trim().Split(':')[0], l => l.Trim()[(l.Trim().IndexOf(':') + 2)..]);
        Assert.EndsWith("frame-ancestors 'self'", headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Equal("SAMEORIGIN", headers["X-Frame-Options"]);
        Assert.Contains("Permissions-Policy", headers.Keys);
    }
}

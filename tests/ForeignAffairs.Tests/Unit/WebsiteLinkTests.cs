using ForeignAffairs.Routing;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// An office's website may be written as the browser shows it or without its scheme; the link goes where check said
/// the address is, whatever the host is called.
/// </summary>
public sealed class WebsiteLinkTests
{
    [Theory]
    [InlineData("www.bacninh.gov.vn", "https://www.bacninh.gov.vn")]
    [InlineData("www.bacninh.gov.vn/en/invest", "https://www.bacninh.gov.vn/en/invest")]
    [InlineData("https://www.bacninh.gov.vn/", "https://www.bacninh.gov.vn/")]
    [InlineData("http://old.example.gov.vn", "http://old.example.gov.vn")]
    [InlineData("httpd.example.org", "https://httpd.example.org")]
    public void A_website_is_linked_as_written_when_it_names_its_scheme_else_over_https(string written, string link)
    {
        Assert.Null(UrlPolicy.Website(written));
        Assert.Equal(link, UrlPolicy.WebsiteLink(written));
    }
}

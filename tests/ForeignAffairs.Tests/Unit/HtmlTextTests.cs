using ForeignAffairs.Rendering;

namespace ForeignAffairs.Tests.Unit;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("\"", "&quot;")]
    [InlineData("'", "&#39;")]
    public void Markup_characters_become_character_references(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }

    [Fact]
    public void Script_and_attribute_breaking_text_is_escaped()
    {
        Assert.Equal(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Bac Ninh&#39;s",
            HtmlText.Escape("<script>alert(\"x\")</script> & Bac Ninh's"));
    }

    [Fact]
    public void Character_references_already_written_are_escaped_again()
    {
        Assert.Equal("&amp;lt;", HtmlText.Escape("&lt;"));
    }

    [Theory]
    [InlineData("Bắc Ninh")]
    [InlineData("バクニン省は2022年に22億2,000万米ドル")]
    [InlineData("박닌성 🏭 US$2.22 billion")]
    [InlineData("")]
    public void Other_characters_are_left_as_written(string text)
    {
        Assert.Equal(text, HtmlText.Escape(text));
    }

    [Fact]
    public void Text_without_markup_characters_is_returned_as_is()
    {
        const string text = "Đà Nẵng";

        Assert.Same(text, HtmlText.Escape(text));
    }

    [Fact]
    public void Text_around_escaped_characters_is_kept_in_place()
    {
        Assert.Equal("Tôi &lt;3 Đà Nẵng 🏖️ &amp; 日本", HtmlText.Escape("Tôi <3 Đà Nẵng 🏖️ & 日本"));
    }
}

using ForeignAffairs.Content;

namespace ForeignAffairs.Tests.Unit;

public sealed class LocalizedTextTests
{
    private static LocalizedText Texts(string? invariant, params (string Language, string Text)[] texts) =>
        new(invariant, texts.ToDictionary(t => t.Language, t => t.Text));

    [Fact]
    public void Text_in_the_requested_language_comes_first()
    {
        var title = Texts("Bac Ninh", ("en", "Bac Ninh Province"), ("ja", "バクニン省"));

        Assert.Equal(("バクニン省", "ja"), title.Resolve("ja", "en"));
    }

    [Fact]
    public void Text_for_every_language_comes_before_the_default_language_text()
    {
        var title = Texts("Bắc Ninh", ("en", "Bac Ninh Province"));

        Assert.Equal(("Bắc Ninh", "ko"), title.Resolve("ko", "en"));
    }

    [Fact]
    public void Default_language_text_is_the_fallback_for_a_missing_translation()
    {
        var title = Texts(null, ("en", "Bac Ninh"), ("ja", "バクニン省"));

        Assert.Equal(("Bac Ninh", "en"), title.Resolve("ko", "en"));
    }

    [Fact]
    public void Without_a_default_language_text_the_first_language_in_code_order_is_used()
    {
        var title = Texts(null, ("ko", "박닌성"), ("ja", "バクニン省"));

        Assert.Equal(("バクニン省", "ja"), title.Resolve("vi", "en"));
    }

    [Fact]
    public void TryGet_finds_own_or_invariant_text_but_not_another_language()
    {
        var own = Texts(null, ("ja", "バクニン省"));
        var invariant = LocalizedText.Of("Bac Ninh");

        Assert.True(own.TryGet("ja", out var ja));
        Assert.Equal("バクニン省", ja);
        Assert.False(own.TryGet("en", out var en));
        Assert.Equal("", en);
        Assert.True(invariant.TryGet("ko", out var ko));
        Assert.Equal("Bac Ninh", ko);
    }

    [Fact]
    public void With_overrides_only_the_languages_it_gives()
    {
        var index = Texts("Bac Ninh", ("en", "Bac Ninh Province"), ("ko", "박닌성"));

        var merged = index.With(Texts(null, ("ja", "バクニン"), ("ko", "박닌")));

        Assert.Equal("Bac Ninh", merged.Invariant);
        Assert.Equal("Bac Ninh Province", merged.ByLanguage["en"]);
        Assert.Equal("バクニン", merged.ByLanguage["ja"]);
        Assert.Equal("박닌", merged.ByLanguage["ko"]);
        Assert.Equal(3, merged.ByLanguage.Count);
    }

    [Fact]
    public void With_keeps_the_original_unchanged()
    {
        var index = Texts(null, ("en", "Bac Ninh"));

        index.With(Texts(null, ("en", "Bắc Ninh")));

        Assert.Equal("Bac Ninh", index.ByLanguage["en"]);
    }

    [Fact]
    public void With_an_invariant_override_replaces_the_invariant_text()
    {
        var merged = LocalizedText.Of("Bac Ninh").With(LocalizedText.Of("Bắc Ninh"));

        Assert.Equal("Bắc Ninh", merged.Invariant);
        Assert.Empty(merged.ByLanguage);
    }

    [Fact]
    public void Texts_are_equal_by_content_whatever_their_dictionary()
    {
        var a = new LocalizedText(null, new Dictionary<string, string> { ["en"] = "Bac Ninh", ["ja"] = "バクニン省" });
        var b = new LocalizedText(null,
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["ja"] = "バクニン省", ["en"] = "Bac Ninh" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.With(Texts(null, ("ko", "박닌성"))));
        Assert.NotEqual(LocalizedText.Of("Bac Ninh"), Texts(null, ("en", "Bac Ninh")));
    }
}

using Microsoft.Playwright;

namespace ForeignAffairs.BrowserTests;

/// <summary>
/// The search page of each language finds what a reader of that language looks for: the page a query is about comes
/// among the first results, Korean words are found with their particles, results can be narrowed by the facts of the
/// pages, and excerpts quote the page itself, not the blocks it shares with other pages.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    private sealed record Result(string Path, string Excerpt);

    // Each query and the page it must find among the first results (rank 1: first).
    public static TheoryData<string, string, string, int> Queries => new()
    {
        { "en", "wind power", "/en/projects/ha-tinh-coastal-wind-power/", 1 },
        { "en", "solar", "/en/projects/nghe-an-rooftop-solar-industrial-parks/", 1 },
        { "en", "CPTPP", "/en/ftas/cptpp/", 1 },
        { "en", "logistics", "/en/sectors/logistics/", 1 },
        // Pagefind matches a query word as the beginning of a word, so "Da" also finds "Data": the IT Park's data
        // centre, in Đà Nẵng and with "Data" in its title, may come first; so may an investor whose quotation writes
        // "Da Nang".
        { "en", "Da Nang", "/en/provinces/da-nang/", 3 },
        { "en", "Bắc Ninh", "/en/provinces/bac-ninh/", 1 },
        { "en", "Ha Tinh", "/en/provinces/ha-tinh/", 1 },
        { "en", "investment guide", "/en/investment-guide/", 1 },
        { "en", "Samsung", "/en/parks/yen-phong-1/", 3 },
        { "en", "industrial cluster", "/en/projects/vinh-phuc-minh-phuong-industrial-cluster/", 3 },
        { "en", "Vung Ang", "/en/parks/vung-ang-economic-zone/", 3 },
        { "en", "software park", "/en/projects/da-nang-software-park-expansion/", 3 },
        { "ja", "風力", "/ja/projects/ha-tinh-coastal-wind-power/", 1 },
        { "ja", "太陽光", "/ja/projects/nghe-an-rooftop-solar-industrial-parks/", 1 },
        { "ja", "物流", "/ja/sectors/logistics/", 1 },
        { "ja", "ダナン", "/ja/provinces/da-nang/", 1 },
        { "ja", "ハティン", "/ja/provinces/ha-tinh/", 1 },
        { "ja", "バクニン", "/ja/provinces/bac-ninh/", 3 },
        { "ja", "投資ガイド", "/ja/investment-guide/", 1 },
        { "ja", "日越経済連携協定", "/ja/ftas/vjepa/", 1 },
        { "ja", "ソフトウェアパーク", "/ja/projects/da-nang-software-park-expansion/", 1 },
        { "ja", "サムスン", "/ja/parks/yen-phong-1/", 3 },
        { "ja", "工業クラスター", "/ja/projects/vinh-phuc-minh-phuong-industrial-cluster/", 3 },
        { "ja", "ブンアン", "/ja/parks/vung-ang-economic-zone/", 3 },
        { "ja", "経済外交", "/ja/news/bac-ninh-economic-diplomacy-2023/", 3 },
        { "ko", "풍력", "/ko/projects/ha-tinh-coastal-wind-power/", 1 },
        { "ko", "태양광", "/ko/projects/nghe-an-rooftop-solar-industrial-parks/", 1 },
        { "ko", "다낭", "/ko/provinces/da-nang/", 1 },
        { "ko", "하띤", "/ko/provinces/ha-tinh/", 1 },
        { "ko", "박닌", "/ko/provinces/bac-ninh/", 3 },
        { "ko", "물류", "/ko/sectors/logistics/", 3 },
        { "ko", "투자 가이드", "/ko/investment-guide/", 1 },
        // The story of Samsung itself comes before the park and the sector that name it.
        { "ko", "삼성", "/ko/stories/samsung-electronics-bac-ninh/", 1 },
        { "ko", "산업클러스터", "/ko/projects/vinh-phuc-minh-phuong-industrial-cluster/", 3 },
        { "ko", "붕앙", "/ko/parks/vung-ang-economic-zone/", 3 },
        // With a particle, as a Korean reader types a word in a sentence.
        { "ko", "박닌성에", "/ko/provinces/bac-ninh/", 3 },
        { "ko", "다낭에서", "/ko/provinces/da-nang/", 3 },
        { "ko", "풍력을", "/ko/projects/ha-tinh-coastal-wind-power/", 1 },
        { "ko", "물류의", "/ko/sectors/logistics/", 3 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_the_page_it_is_about_among_the_first_results(
        string language, string query, string expected, int rank)
    {
        var paths = (await ResultsFor(language, query)).Select(r => r.Path).ToArray();
        Assert.Contains(expected, paths.Take(rank));
        Assert.All(paths, path => Assert.StartsWith($"/{language}/", path));
    }

    [Theory]
    [InlineData("박닌성에", "박닌성")]
    [InlineData("산업단지의", "산업단지")]
    [InlineData("투자를", "투자")]
    public async Task A_korean_word_with_a_particle_finds_what_the_word_finds(string withParticle, string word)
    {
        var bare = await SearchAsync("ko", word, async page => (await CountAsync(page), await ReadAsync(page)));
        var written = await SearchAsync("ko", withParticle,
            async page => (await CountAsync(page), await ReadAsync(page)));
        Assert.Equal(bare.Item1, written.Item1);
        Assert.Equal(bare.Item2, written.Item2);
    }

    [Theory]
    [InlineData("en", "wind power")]
    [InlineData("ja", "風力")]
    [InlineData("ko", "풍력")]
    public async Task Excerpts_quote_the_page_not_the_blocks_it_shares(string language, string query)
    {
        var results = await ResultsFor(language, query);
        // The wind farm and the sector it belongs to; not the project listed beside it under "other projects".
        Assert.Equal([$"/{language}/projects/ha-tinh-coastal-wind-power/", $"/{language}/sectors/renewable-energy/"],
            results.Select(r => r.Path).Order(StringComparer.Ordinal).ToArray());
        // Nor the address that only a printed page shows.
        Assert.All(results, r => Assert.DoesNotContain("http", r.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Korean_excerpts_keep_a_label_apart_from_its_value()
    {
        var results = await ResultsFor("ko", "하띤성");
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.DoesNotContain("성·시하띤성", r.Excerpt, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Bắc Ninh")]
    [InlineData("ko", "박닌")]
    public async Task Views_of_a_list_are_not_results(string language, string query)
    {
        var results = await ResultsFor(language, query);
        Assert.DoesNotContain(results, r => r.Path.Contains("/province/", StringComparison.Ordinal));
        Assert.DoesNotContain(results, r => r.Path.EndsWith("/compare/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Bac Ninh", "Section", "Investment projects", "/en/projects/")]
    [InlineData("ja", "バクニン", "カテゴリー", "投資案件", "/ja/projects/")]
    [InlineData("ko", "박닌", "분류", "투자 프로젝트", "/ko/projects/")]
    public async Task A_filter_narrows_the_results_to_the_pages_it_names(
        string language, string query, string filter, string value, string under)
    {
        var (before, after) = await SearchAsync(language, query, async page =>
        {
            var before = await ReadAsync(page);
            var block = page.Locator(".pagefind-ui__filter-block",
                new() { Has = page.Locator(".pagefind-ui__filter-name", new() { HasTextString = filter }) });
            if (await block.GetAttributeAsync("open") is null) await block.Locator("summary").ClickAsync();
            await block.Locator(".pagefind-ui__filter-value",
                new() { Has = page.Locator(".pagefind-ui__filter-label", new() { HasTextString = value }) })
                .Locator("input").CheckAsync();
            // Until the results shown are the filtered ones, each loaded.
            await page.WaitForFunctionAsync(
                $"under => {{ const loaded = {Loaded}; return loaded() && " +
                $"[...document.querySelectorAll('{ResultLink}')]" +
                ".every(a => new URL(a.href).pathname.startsWith(under)); }", under);
            return (before, await ReadAsync(page));
        });
        Assert.Contains(before, r => !r.Path.StartsWith(under, StringComparison.Ordinal));
        Assert.All(after, r => Assert.StartsWith(under, r.Path));
    }

    [Fact]
    public async Task A_query_in_the_address_offers_every_filter_when_they_arrive_after_the_results()
    {
        await using var reader = await site.NewReaderAsync("en");
        var page = await reader.NewPageAsync();
        // As on a slow connection: one filter's part of the index arrives at once, the others after the results.
        var requested = 0;
        await page.RouteAsync("**/pagefind/filter/**", async route =>
        {
            if (Interlocked.Increment(ref requested) > 1) await Task.Delay(TimeSpan.FromSeconds(3));
            await route.ContinueAsync();
        });
        await page.GotoAsync($"/en/search/?q={Uri.EscapeDataString("Bac Ninh")}");
        await page.WaitForFunctionAsync(Loaded);
        // The interface keeps the filters of the first results it shows.
        Assert.Equal(["Province", "Section", "Sectors", "Status"],
            (await page.Locator(".pagefind-ui__filter-name").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.True(Volatile.Read(ref requested) > 1, "no filter's part of the index was held back");
    }

    [Fact]
    public async Task A_search_the_reader_begins_while_the_filters_load_is_not_replaced_by_the_one_in_the_address()
    {
        await using var reader = await site.NewReaderAsync("en");
        var page = await reader.NewPageAsync();
        var arrive = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/pagefind/filter/**", async route =>
        {
            await arrive.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"/en/search/?q={Uri.EscapeDataString("Bac Ninh")}");
        var input = page.Locator(".pagefind-ui__search-input");
        await input.FillAsync("Da Nang");
        arrive.SetResult();
        // The page's script goes on once the filters have loaded, in Pagefind's one module; two frames later it has
        // done what it does with the query in the address.
        await page.EvaluateAsync("""
            async () => {
              const ui = document.querySelector('script[src*="pagefind-ui.js"]').src;
              await (await import(ui.replace(/pagefind-ui\.js[^/]*$/, "pagefind.js"))).filters();
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            }
            """);
        Assert.Equal("Da Nang", await input.InputValueAsync());
    }

    [Fact]
    public async Task The_search_interface_speaks_the_readers_language()
    {
        await using var reader = await site.NewReaderAsync("ja");
        var page = await reader.NewPageAsync();
        await page.GotoAsync("/ja/search/");
        var input = page.Locator(".pagefind-ui__search-input");
        await input.WaitForAsync();
        Assert.Equal("サイト内を検索", await input.GetAttributeAsync("placeholder"));
    }

    private Task<Result[]> ResultsFor(string language, string query) => SearchAsync(language, query, ReadAsync);

    // Opens the search page with the query in its address, waits until its results are shown, and reads them with read.
    private async Task<T> SearchAsync<T>(string language, string query, Func<IPage, Task<T>> read)
    {
        await using var reader = await site.NewReaderAsync(language);
        var page = await reader.NewPageAsync();
        await page.GotoAsync($"/{language}/search/?q={Uri.EscapeDataString(query)}");
        await page.Locator(ResultLink).First.WaitForAsync(); // up to BrowserSite.Wait, as the reader's context says
        await page.WaitForFunctionAsync(Loaded);
        return await read(page);
    }

    private const string ResultLink = ".pagefind-ui__result-title .pagefind-ui__result-link";

    // Pagefind shows a placeholder for each result (with a title and an excerpt marked as loading) until it has loaded
    // the result's data: whether every result shown is loaded, with its link.
    private const string Loaded = "() => { const results = [...document.querySelectorAll('.pagefind-ui__result')];" +
        " return results.length > 0 && results.every(r => !r.querySelector('.pagefind-ui__loading')" +
        " && r.querySelector('" + ResultLink + "')); }";

    private static async Task<Result[]> ReadAsync(IPage page)
    {
        var rows = await page.Locator(".pagefind-ui__result").EvaluateAllAsync<string[][]>(
            "results => results.map(r => [new URL(r.querySelector(" +
            "'.pagefind-ui__result-title .pagefind-ui__result-link').href).pathname," +
            " [...r.querySelectorAll('.pagefind-ui__result-excerpt')].map(e => e.textContent).join(' ')])");
        return rows.Select(r => new Result(r[0], r[1])).ToArray();
    }

    // The number of results the interface reports: its message names the query too, which differs with a particle.
    private static async Task<string> CountAsync(IPage page) =>
        new(((await page.Locator(".pagefind-ui__message").InnerTextAsync())).Where(char.IsAsciiDigit).ToArray());
}

using System.Text;
using ForeignAffairs.Content;
using ForeignAffairs.Diagnostics;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Integration;

/// <summary>
/// Input that is broken on purpose or by accident in ways an editor cannot see: bad bytes, invisible marks, huge or
/// explosive files, links that lead outside the site. Each test damages a copy of the valid <c>three-languages</c>
/// fixture from code and checks that the build reports the damage at its exact position, instead of crashing, hanging
/// or leaking.
/// </summary>
public sealed class HostileInputTests
{
    private const string Project = "content/projects/yen-phong-park/index.yaml";
    private const string ElectronicsEn = "content/sectors/electronics/en.md";

    // ----- encoding -----------------------------------------------------------------------------------------------

    [Fact]
    public void Invalid_utf8_bytes_are_reported_at_the_character_before_which_they_occur()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        // Line 2 starts with four characters (one of them, 'ệ', three bytes long in UTF-8), then a byte that cannot
        // start a UTF-8 sequence: the column counts characters, not bytes.
        var bytes = Concat(Encoding.UTF8.GetBytes("Electronics.\nĐiện"), [0xC3, 0x28, 0xFF],
            Encoding.UTF8.GetBytes(" tử.\n"));
        File.WriteAllBytes(Path.Combine(fixture.Root, ElectronicsEn), bytes);

        var result = Check(fixture);

        AssertReported(result, DiagnosticCodes.InvalidEncoding, ElectronicsEn, 2, 5);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidEncoding);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_do_not_shift_positions()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        WriteWithBomAndCrlf(fixture, Project, ProjectWithLine(fixture, 3, "status: open", "status: opne"));

        var result = Check(fixture);

        var only = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NotAllowed, Project, 4, 9),
            (only.Code, only.Location.Path, only.Location.Line, only.Location.Column));
    }

    [Fact]
    public void Valid_files_with_a_byte_order_mark_and_crlf_line_endings_build()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var paths = new[] { Project, "content/provinces/bac-ninh/ja.md", "content/site.yaml",
            "themes/minimal/i18n/ja.yaml" };
        foreach (var path in paths)
            WriteWithBomAndCrlf(fixture, path, File.ReadAllLines(Path.Combine(fixture.Root, path)));

        var result = Check(fixture);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Empty_markdown_files_are_translations_not_yet_written()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        foreach (var language in new[] { "en", "ja", "ko" })
        {
            var file = Path.Combine(fixture.Root, $"content/sectors/electronics/{language}.md");
            if (File.Exists(file)) File.WriteAllText(file, language == "ja" ? "  \n\n" : "");
        }

        var built = fixture.BuildSuccessfully();

        var body = built.Page("en/sectors/electronics/index.html").QuerySelector("#body");
        Assert.NotNull(body);
        Assert.Equal("", body.InnerHtml.Trim());
    }

    [Fact]
    public void An_empty_default_language_file_beside_translations_is_reported_as_empty()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        File.WriteAllBytes(Path.Combine(fixture.Root, ElectronicsEn), []);

        var result = Check(fixture);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NoDefaultText, error.Code);
        Assert.Equal(ElectronicsEn, error.Location.Path);
        Assert.EndsWith("en.md is empty", error.Message);
    }

    // ----- size and structure bombs -------------------------------------------------------------------------------

    [Fact]
    public void A_twenty_megabyte_markdown_file_is_refused_without_being_read()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        using (var stream = new FileStream(Path.Combine(fixture.Root, ElectronicsEn), FileMode.Create,
            FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes("Electronics.\n\nSee [Bắc Ninh](provinces/bac-ninh).\n"));
            stream.SetLength(20L * 1024 * 1024);
        }

        var result = Check(fixture);

        AssertReported(result, DiagnosticCodes.FileTooLarge, ElectronicsEn, 0, 0);
        Assert.False(result.Succeeded);
        // The check reads entries on several threads; the file is read again on this one alone, where what reading it
        // allocates can be counted. Reading it whole would allocate at least its 20 MB (as bytes, then characters).
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var read = SiteFile.ReadText(Path.Combine(fixture.Root, ElectronicsEn), ElectronicsEn, new DiagnosticBag());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Null(read);
        Assert.True(allocated < 1024 * 1024, $"reading the file allocated {allocated / 1024} KB");
    }

    [Fact]
    public void A_hundred_thousand_nested_brackets_are_reported_as_too_deep()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(Project,
            string.Join('\n', ProjectWithLine(fixture, 5, "area_ha: ", "area_ha: " + new string('[', 100_000))) + "\n");

        var result = Check(fixture);

        // The root mapping is the first level, so the 32nd '[' (at column 10 + 31) is the 33rd level.
        AssertReported(result, DiagnosticCodes.TooDeep, Project, 6, 41);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_at_its_first_anchor()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var text = new StringBuilder(File.ReadAllText(Path.Combine(fixture.Root, Project)).TrimEnd('\n')).Append('\n');
        // Nine levels of nine aliases each: 9^9 (387 million) "lol"s once expanded.
        text.Append("lol_a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            text.Append($"lol_{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{previous}", 9))}]\n");
        }
        fixture.Write(Project, text.ToString());

        var result = CheckOrGiveUp(fixture);

        // Line 8 is the first line after the seven valid fields; "lol_a: " is seven characters.
        AssertReported(result, DiagnosticCodes.YamlAlias, Project, 8, 8);
        Assert.Single(result.Diagnostics);
    }

    // ----- symbolic links -----------------------------------------------------------------------------------------

    [Fact]
    public void A_symbolic_link_in_an_entry_folder_is_not_followed_and_nothing_secret_is_published()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var secretText = $"TOP-SECRET-{Guid.NewGuid():N}";
        var secretFile = Path.Combine(Path.GetTempPath(), $"fa-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secretFile, secretText);
        try
        {
            const string link = "content/projects/yen-phong-park/secret.txt";
            File.CreateSymbolicLink(Path.Combine(fixture.Root, link), secretFile);

            var result = fixture.Build();

            Assert.True(result.Succeeded, Describe(result));
            var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SymbolicLink);
            Assert.Equal((DiagnosticSeverity.Warning, link, 0, 0),
                (warning.Severity, warning.Location.Path, warning.Location.Line, warning.Location.Column));
            var published = Directory.EnumerateFiles(fixture.Output, "*", SearchOption.AllDirectories).ToArray();
            Assert.NotEmpty(published);
            Assert.DoesNotContain(published, f => Path.GetFileName(f) == "secret.txt");
            Assert.DoesNotContain(published, f => File.ReadAllText(f).Contains(secretText, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void A_symbolically_linked_entry_folder_is_not_followed()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var outside = Path.Combine(Path.GetTempPath(), $"fa-outside-{Guid.NewGuid():N}");
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "index.yaml"), "title: {en: Linked}\n");
            File.WriteAllText(Path.Combine(outside, "en.md"), "Linked from outside the site.\n");
            const string link = "content/sectors/linked";
            Directory.CreateSymbolicLink(Path.Combine(fixture.Root, link), outside);

            var result = fixture.Build();

            Assert.True(result.Succeeded, Describe(result));
            AssertReported(result, DiagnosticCodes.SymbolicLink, link, 0, 0, DiagnosticSeverity.Warning);
            Assert.False(Directory.Exists(Path.Combine(fixture.Output, "en", "sectors", "linked")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_theme_template_that_is_a_symbolic_link_is_an_error()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var outside = Path.Combine(Path.GetTempPath(), $"fa-home-{Guid.NewGuid():N}.html");
        const string template = "themes/minimal/layouts/home.html";
        File.Move(Path.Combine(fixture.Root, template), outside);
        try
        {
            File.CreateSymbolicLink(Path.Combine(fixture.Root, template), outside);

            var result = Check(fixture);

            AssertReported(result, DiagnosticCodes.SymbolicLink, template, 0, 0, DiagnosticSeverity.Error);
            Assert.False(result.Succeeded);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    // ----- paths that try to leave their folder -------------------------------------------------------------------

    [Fact]
    public void A_reference_that_climbs_out_of_its_collection_is_unknown()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(Project,
            string.Join('\n', ProjectWithLine(fixture, 1, "province: ", "province: ../../etc")) + "\n");

        var result = Check(fixture);

        AssertReported(result, DiagnosticCodes.UnknownReference, Project, 2, 11);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void An_image_that_climbs_out_of_the_entry_folder_is_refused()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        fixture.Write(ElectronicsEn, "Electronics.\n\n![x](../../../../etc/passwd)\n");

        var result = Check(fixture);

        AssertReported(result, DiagnosticCodes.PathOutsideFolder, ElectronicsEn, 3, 1);
        Assert.False(result.Succeeded);
    }

    // ----- names that look the same -------------------------------------------------------------------------------

    [Fact]
    public void Folder_names_that_differ_only_in_unicode_normalization_are_duplicates()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        var nfc = "caf\u00e9";
        var nfd = "cafe\u0301";
        foreach (var name in new[] { nfc, nfd })
        {
            fixture.Write($"content/sectors/{name}/index.yaml", "title: {en: Café}\n");
            fixture.Write($"content/sectors/{name}/en.md", "Coffee.\n");
        }

        var result = Check(fixture);

        Assert.False(result.Succeeded);
        var folders = Directory.GetDirectories(Path.Combine(fixture.Root, "content", "sectors"))
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n.Normalize(NormalizationForm.FormC) == nfc).ToArray();
        if (folders.Length == 1)
        {
            // This file system (like macOS's) normalizes names, so both writes went to one folder; it is still no slug.
            AssertReported(result, DiagnosticCodes.InvalidSlug, $"content/sectors/{folders[0]}", 0, 0);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
            return;
        }

        Assert.Equal(2, folders.Length);
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        var kept = duplicate.Location.Path == $"content/sectors/{nfc}" ? nfd : nfc;
        Assert.Contains(duplicate.Location.Path, new[] { $"content/sectors/{nfc}", $"content/sectors/{nfd}" });
        Assert.Equal((0, 0), (duplicate.Location.Line, duplicate.Location.Column));
        AssertReported(result, DiagnosticCodes.InvalidSlug, $"content/sectors/{kept}", 0, 0);
        Assert.DoesNotContain(result.Diagnostics,
            d => d.Code == DiagnosticCodes.InvalidSlug && d.Location.Path == duplicate.Location.Path);
    }

    // ----- everything at once -------------------------------------------------------------------------------------

    [Fact]
    public void One_check_reports_every_mistake_in_every_file_sorted_by_path_and_line()
    {
        using var fixture = FixtureSite.Copy("three-languages");
        string Read(string path) => File.ReadAllText(Path.Combine(fixture.Root, path));
        void Replace(string path, string from, string to)
        {
            var text = Read(path);
            Assert.Contains(from, text);
            fixture.Write(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        // YAML syntax, in a front matter.
        fixture.Write("content/sectors/electronics/ja.md", "---\ntitle: 電子\nsummary: [a\n---\n電子。\n");
        // A number written as words.
        Replace("content/provinces/bac-ninh/index.yaml", "area_km2: 822.7", "area_km2: about 822");
        // A field the schema does not know.
        Replace("content/provinces/da-nang/index.yaml", "merger:", "capitol: Đà Nẵng\nmerger:");
        // A reference to an entry that does not exist.
        Replace(Project, "province: bac-ninh", "province: bac-nihn");
        // A date that does not exist.
        Replace("content/news/fdi-2022/index.yaml", "date: 2023-03-09", "date: 2023-02-30");
        // A language the site does not declare.
        Replace("content/pages/about/index.yaml", "ja: 概要", "jp: 概要");
        // A Markdown link to an entry that does not exist.
        fixture.Write(ElectronicsEn, "Electronics.\n\nSee [Bắc Ninh](provinces/bac-nihn).\n");
        // A template syntax error in a theme layout.
        fixture.Write("themes/minimal/layouts/list.html",
            "<h1>{{ page.title }}</h1>\n{{ for e in page.entries }}<li>{{ e.title }}</li>\n");
        // A UI string that is a list instead of text.
        Replace("themes/minimal/i18n/ko.yaml", "fallback: \"이 페이지는 아직 번역되지 않았습니다. 표시 언어:\"", "fallback: [a, b]");
        // Bytes that are not UTF-8.
        File.WriteAllBytes(Path.Combine(fixture.Root, "content/pages/about/ko.md"), [0x73, 0x6F, 0xFF, 0x0A]);

        var result = Check(fixture);

        var expected = new[]
        {
            (DiagnosticCodes.WrongType, "content/provinces/bac-ninh/index.yaml"),
            (DiagnosticCodes.UnknownField, "content/provinces/da-nang/index.yaml"),
            (DiagnosticCodes.UnknownReference, Project),
            (DiagnosticCodes.InvalidDate, "content/news/fdi-2022/index.yaml"),
            (DiagnosticCodes.UnknownLanguage, "content/pages/about/index.yaml"),
            (DiagnosticCodes.InvalidEncoding, "content/pages/about/ko.md"),
            (DiagnosticCodes.YamlSyntax, "content/sectors/electronics/ja.md"),
            (DiagnosticCodes.BrokenLink, ElectronicsEn),
            (DiagnosticCodes.TemplateSyntax, "themes/minimal/layouts/list.html"),
            (DiagnosticCodes.WrongType, "themes/minimal/i18n/ko.yaml"),
        };
        var actual = result.Diagnostics.Select(d => (d.Code, d.Location.Path)).ToHashSet();
        var missing = expected.Where(e => !actual.Contains(e)).ToArray();
        Assert.True(missing.Length == 0,
            $"not reported: {string.Join(", ", missing.Select(m => $"{m.Item1} in {m.Item2}"))}{Environment.NewLine}" +
            $"reported:{Environment.NewLine}{Describe(result)}");
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        for (var i = 1; i < result.Diagnostics.Count; i++)
        {
            var (before, after) = (result.Diagnostics[i - 1].Location, result.Diagnostics[i].Location);
            Assert.True(before.CompareTo(after) <= 0, $"{before} is listed before {after}");
            var inOrder = string.CompareOrdinal(before.Path, after.Path) < 0
                || (before.Path == after.Path && before.Line <= after.Line);
            Assert.True(inOrder, $"{before} is listed before {after}");
        }
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    // The project's index.yaml as lines, with line [index] (which must start as given) replaced.
    private static string[] ProjectWithLine(FixtureSite fixture, int index, string expectedStart, string replacement)
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Root, Project));
        Assert.StartsWith(expectedStart, lines[index]);
        lines[index] = replacement;
        return lines;
    }

    private static BuildResult Check(FixtureSite fixture) =>
        SiteBuilder.Build(new BuildOptions(fixture.Root, Write: false));

    // A check of input that would keep it busy for ever without its limits: the wait is bounded only so that the test
    // fails rather than hangs when a limit is lost, and never so tightly that a slow machine could fail it.
    private static BuildResult CheckOrGiveUp(FixtureSite fixture)
    {
        var check = Task.Run(() => Check(fixture));
        Assert.True(check.Wait(TimeSpan.FromMinutes(5)), "the check did not end");
        return check.Result;
    }

    private static void AssertReported(BuildResult result, string code, string path, int line, int column,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var reported = result.Diagnostics.Any(d =>
            d.Code == code && d.Severity == severity && d.Location == new SourceLocation(path, line, column));
        Assert.True(reported,
            $"expected {path}:{line}:{column}: {severity} {code}, but the check reported:{Environment.NewLine}" +
            $"{Describe(result)}");
    }

    private static string Describe(BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, result.Diagnostics);

    private static void WriteWithBomAndCrlf(FixtureSite fixture, string path, IEnumerable<string> lines) =>
        File.WriteAllBytes(Path.Combine(fixture.Root, path),
            Concat(Encoding.UTF8.Preamble.ToArray(), Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}

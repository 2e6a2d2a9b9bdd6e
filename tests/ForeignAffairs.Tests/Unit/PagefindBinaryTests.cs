using ForeignAffairs.Publishing;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The Pagefind binary a build starts is the one Pagefind's Node.js runner would start: named by its environment
/// variable, else the platform's package, looked for from the real folder of the pagefind package, the extended binary
/// first.
/// </summary>
[Collection(EnvironmentVariables.Collection)]
public sealed class PagefindBinaryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IDisposable[] _unset =
        PagefindBinary.Names.Select(name => EnvironmentVariables.Set(PagefindBinary.Variable(name), null)).ToArray();

    public void Dispose()
    {
        foreach (var variable in _unset) variable.Dispose();
        _folder.Dispose();
    }

    private string Runner => _folder.Write("node_modules/pagefind/lib/runner/bin.cjs", "");

    private string Binary(string nodeModules, string name = "pagefind_extended") =>
        _folder.Write($"{nodeModules}/@pagefind/{PagefindBinary.Platform}/bin/" +
            $"{name}{(OperatingSystem.IsWindows() ? ".exe" : "")}", "");

    [Fact]
    public void The_package_in_pagefinds_own_node_modules_comes_before_the_one_beside_it()
    {
        var runner = Runner;
        Binary("node_modules");
        var nested = Binary("node_modules/pagefind/node_modules");

        Assert.Equal(nested, PagefindBinary.For(runner));
    }

    [Fact]
    public void The_extended_binary_comes_first_and_the_plain_one_serves_without_it()
    {
        var runner = Runner;
        var plain = Binary("node_modules", "pagefind");

        Assert.Equal(plain, PagefindBinary.For(runner));
        Assert.Equal(Binary("node_modules"), PagefindBinary.For(runner));
    }

    [Fact]
    public void A_package_linked_from_elsewhere_finds_the_binary_beside_its_real_folder()
    {
        var real = _folder.Write(".pnpm/pagefind@1.6.0/node_modules/pagefind/lib/runner/bin.cjs", "");
        var binary = Binary(".pnpm/pagefind@1.6.0/node_modules");
        Directory.CreateDirectory(Path.Combine(_folder.Root, "node_modules"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "node_modules", "pagefind"),
            Path.Combine(_folder.Root, ".pnpm", "pagefind@1.6.0", "node_modules", "pagefind"));

        Assert.Equal(binary,
            PagefindBinary.For(Path.Combine(_folder.Root, "node_modules/pagefind/lib/runner/bin.cjs")));
        Assert.Equal(binary, PagefindBinary.For(real));
    }

    [Fact]
    public void The_variable_names_the_binary_as_it_does_for_the_runner()
    {
        var runner = Runner;
        Binary("node_modules");
        using var chosen = EnvironmentVariables.Set(PagefindBinary.Variable("pagefind"), "/opt/pagefind/pagefind");

        Assert.Equal("/opt/pagefind/pagefind", PagefindBinary.For(runner));
    }

    [Fact]
    public void Without_a_binary_the_runner_has_to_run()
    {
        Assert.Null(PagefindBinary.For(Runner));
    }
}

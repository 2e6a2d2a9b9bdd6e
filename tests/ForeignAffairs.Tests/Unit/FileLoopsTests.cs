using ForeignAffairs.FileSystem;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// Loops over files on every core fail as a plain loop would: with the file error itself, which callers report as a
/// folder that cannot be read or written, even from a loop within a loop.
/// </summary>
public sealed class FileLoopsTests
{
    [Fact]
    public void A_file_error_in_a_loop_within_a_loop_reaches_the_caller_as_itself()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() =>
            FileLoops.ForEach(Enumerable.Range(0, 8), (outer, _) =>
                FileLoops.ForEach(Enumerable.Range(0, 8), (inner, _) =>
                {
                    if (outer == 5 && inner == 3) throw new DirectoryNotFoundException("en/projects is gone");
                })));

        Assert.Equal("en/projects is gone", error.Message);
    }

    [Fact]
    public void Refused_access_reaches_the_caller_as_itself()
    {
        Assert.Throws<UnauthorizedAccessException>(() => FileLoops.ForEach(Enumerable.Range(0, 4), (i, _) =>
        {
            if (i == 2) throw new UnauthorizedAccessException("ja/ may not be read");
        }));
    }

    [Fact]
    public void Any_other_failure_is_not_taken_for_a_file_error()
    {
        var error = Assert.Throws<AggregateException>(() => FileLoops.ForEach(Enumerable.Range(0, 4), (i, _) =>
        {
            if (i == 1) throw new InvalidOperationException("a mistake in the program");
        }));

        Assert.IsType<InvalidOperationException>(Assert.Single(error.InnerExceptions));
    }

    [Fact]
    public void A_loop_stopped_early_says_it_did_not_complete()
    {
        var result = FileLoops.ForEach(Enumerable.Range(0, 1000), (i, loop) =>
        {
            if (i == 10) loop.Stop();
        });

        Assert.False(result.IsCompleted);
    }
}

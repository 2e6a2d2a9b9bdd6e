using ForeignAffairs.Cli;

namespace ForeignAffairs.Tests.Unit;

/// <summary>
/// The native command finds the address range .NET reserved for its heap in the process's memory map, to put it on huge
/// pages, and nothing beside it: not a thread's stack, its guard page, the C library's heap or a file.
/// </summary>
public sealed class HugePagesTests
{
    // The shape of a build's memory map around its heap, as /proc/self/smaps gives it (fewer fields per mapping).
    private static readonly string[][] Mappings =
    [
        ["7f2fef7ff000-7f2fef800000 ---p 00000000 00:00 0 ", "Size:                  4 kB", "VmFlags: mr mw me"],
        ["7f2fef800000-7f2ff0000000 rw-p 00000000 00:00 0 ", "Rss: 32 kB", "VmFlags: rd wr mr mw me ac nh"],
        // Writable memory of the runtime's, beside the collector's bookkeeping.
        ["7f2ff0000000-7f2ff0107000 rw-p 00000000 00:00 0 ", "Rss: 888 kB", "VmFlags: rd wr mr mw me ac"],
        // The bookkeeping: reserved, partly in use.
        ["7f2ff0107000-7f2ff187d000 ---p 00000000 00:00 0 ", "Rss: 0 kB", "VmFlags: mr mw me dd"],
        ["7f2ff187d000-7f2ff19a5000 rw-p 00000000 00:00 0 ", "Rss: 556 kB", "VmFlags: rd wr mr mw me ac"],
        ["7f2ff19a5000-7f3014c00000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"],
        // The heap's regions: the first in use, the rest reserved.
        ["7f3014c00000-7f3016897000 rw-p 00000000 00:00 0 ", "Rss:              17844 kB",
            "AnonHugePages:        0 kB", "VmFlags: rd wr mr mw me ac"],
        ["7f3016897000-7f3bd7d9a000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"],
        // A thread's stack above its guard page.
        ["7f3bd7d9a000-7f3bd7d9b000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me"],
        ["7f3bd7d9b000-7f3bd859b000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac nh"],
        ["7f3bd859b000-7f3bd85c3000 r--p 00000000 fd:00 2240 /usr/lib/x86_64-linux-gnu/libc.so.6",
            "VmFlags: rd mr mw me"],
        ["7ffd1c6f0000-7ffd1c711000 rw-p 00000000 00:00 0 [stack]", "VmFlags: rd wr mr mw me gd ac"],
    ];

    private static readonly string[] Smaps = [.. Mappings.SelectMany(lines => lines)];

    [Fact]
    public void The_heap_s_range_runs_from_the_first_reserved_mapping_around_an_object_to_the_last()
    {
        Assert.Equal((0x7f2ff0107000UL, 0x7f3bd7d9a000UL), Range(Smaps, 0x7f3015000000));
        // From anywhere in it.
        Assert.Equal((0x7f2ff0107000UL, 0x7f3bd7d9a000UL), Range(Smaps, 0x7f3020000000));
        Assert.Equal((0x7f2ff0107000UL, 0x7f3bd7d9a000UL), Range(Smaps, 0x7f2ff1900000));
    }

    [Fact]
    public void Writable_memory_at_the_ends_of_the_run_is_left_out_but_for_the_object_s_own()
    {
        // The runtime's writable memory before the bookkeeping, which the first test's range starts after.
        Assert.Equal(0x7f2ff0000000UL, Range(Smaps, 0x7f2ff0100000)?.Start);
        var regionsOnly = Mappings.Where(lines => lines[0].StartsWith("7f3014c00000-", StringComparison.Ordinal)
            || lines[0].StartsWith("7f3016897000-", StringComparison.Ordinal)).SelectMany(lines => lines).ToArray();
        Assert.Equal((0x7f3014c00000UL, 0x7f3bd7d9a000UL), Range(regionsOnly, 0x7f3015000000));
    }

    [Fact]
    public void A_guard_page_ends_the_run_though_it_is_inaccessible_as_the_reserved_range_is()
    {
        // A guard page and a stack between two reserved parts: the range stops at the guard.
        var between = Fixture(
            ["7f3014c00000-7f3016897000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac"],
            ["7f3016897000-7f3017000000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"],
            ["7f3017000000-7f3017001000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me"],
            ["7f3017001000-7f3017801000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac nh"],
            ["7f3017801000-7f3020000000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"]);
        Assert.Equal((0x7f3014c00000UL, 0x7f3017000000UL), Range(between, 0x7f3015000000));
        Assert.Null(Range(between, 0x7f3017000800));
        // Were the run to go on, only the reserved parts in it would be made accessible, never the guard.
        var mappings = HugePages.Mappings(between);
        Assert.Equal([0x7f3016897000UL, 0x7f3017801000UL],
            HugePages.ReservedIn(mappings, (0x7f3014c00000, 0x7f3020000000)).Select(m => m.Start));
    }

    [Fact]
    public void Only_the_reserved_parts_of_the_range_are_made_accessible()
    {
        var mappings = HugePages.Mappings(Smaps);

        Assert.Equal([0x7f2ff0107000UL, 0x7f2ff19a5000UL, 0x7f3016897000UL],
            HugePages.ReservedIn(mappings, Range(Smaps, 0x7f3015000000)!.Value).Select(m => m.Start));
    }

    [Fact]
    public void A_stack_beside_the_heap_without_a_guard_page_ends_the_run_by_its_flags()
    {
        // Threads' stacks, on which the kernel bars huge pages, between and after reserved parts.
        var stacks = Fixture(
            ["7f3014c00000-7f3016897000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac"],
            ["7f3016897000-7f3017000000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"],
            ["7f3017000000-7f3017800000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac nh"],
            ["7f3017800000-7f3020000000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"]);
        Assert.Equal((0x7f3014c00000UL, 0x7f3017000000UL), Range(stacks, 0x7f3015000000));
        Assert.Null(Range(stacks, 0x7f3017400000));
    }

    [Fact]
    public void Memory_left_out_of_core_dumps_that_is_not_inaccessible_is_not_taken_for_reserved()
    {
        // Code or read-only data that a library keeps out of core dumps, beside the heap, ends the run.
        var readOnly = Fixture(
            ["7f3014000000-7f3014c00000 r--p 00000000 00:00 0 ", "VmFlags: rd mr mw me dd"],
            ["7f3014c00000-7f3016897000 rw-p 00000000 00:00 0 ", "VmFlags: rd wr mr mw me ac"],
            ["7f3016897000-7f3020000000 ---p 00000000 00:00 0 ", "VmFlags: mr mw me dd"]);
        Assert.Equal((0x7f3014c00000UL, 0x7f3020000000UL), Range(readOnly, 0x7f3015000000));
        Assert.False(HugePages.Mappings(readOnly)[0].Reserved);
    }

    [Fact]
    public void An_address_outside_the_heap_has_no_range()
    {
        // In a thread's stack, in a file, in the process's own stack, and nowhere.
        Assert.Null(Range(Smaps, 0x7f2fef900000));
        Assert.Null(Range(Smaps, 0x7f3bd85a0000));
        Assert.Null(Range(Smaps, 0x7ffd1c700000));
        Assert.Null(Range(Smaps, 0x1000));
    }

    [Fact]
    public void Memory_without_a_reserved_part_is_not_taken_for_the_heap()
    {
        var inUseOnly = Smaps.Select(line => line.Replace(" dd", "", StringComparison.Ordinal)).ToArray();

        Assert.Null(Range(inUseOnly, 0x7f3015000000));
    }

    [Fact]
    public void A_mapping_is_read_from_its_heading_line_and_only_nameless_ones_are_anonymous()
    {
        var heap = MemoryMapping.Parse("7f3014c00000-7f3016897000 rw-p 00000000 00:00 0 ")!;
        Assert.Equal((0x7f3014c00000UL, 0x7f3016897000UL, "rw-p", true), (heap.Start, heap.End, heap.Permissions,
            heap.Anonymous));
        foreach (var named in new[]
                 {
                     "7f3bd859b000-7f3bd85c3000 r--p 00000000 fd:00 2240         /usr/lib/x86_64-linux-gnu/libc.so.6",
                     "7ffd1c6f0000-7ffd1c711000 rw-p 00000000 00:00 0            [stack]",
                     "7f3014c00000-7f3016897000 rw-p 00000000 00:00 0            [anon:glibc: pthread stack: 12]",
                     "7f3014c00000-7f3016897000 rw-s 00000000 00:01 1043         /memfd:doublemapper (deleted)",
                     "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0    [vsyscall]",
                 })
            Assert.False(MemoryMapping.Parse(named)!.Anonymous, named);
        Assert.Null(MemoryMapping.Parse("Rss:              17844 kB"));
        Assert.Null(MemoryMapping.Parse("VmFlags: rd wr mr mw me ac"));
    }

    // The heap's range in the mappings that lines of smaps list.
    private static (ulong Start, ulong End)? Range(string[] smaps, ulong address) =>
        HugePages.HeapRange(HugePages.Mappings(smaps), address);

    private static string[] Fixture(params string[][] mappings) => [.. mappings.SelectMany(lines => lines)];
}

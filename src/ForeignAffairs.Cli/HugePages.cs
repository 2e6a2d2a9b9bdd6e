using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ForeignAffairs.Cli;

/// <summary>
/// Puts the native command's garbage-collected heap on Linux's transparent huge pages (2 MiB), so that the memory a
/// build touches for the first time costs one page fault per 2 MiB instead of one per 4 KiB. On a virtual machine a
/// fault may trap to the host (about 12 µs for 4 KiB on the one these figures come from, where 64 MiB took 200 ms to
/// touch on small pages and 4 to 8 ms on huge ones), and a build of 1,000 projects in three languages took 31,000.
/// .NET reserves the heap's address range inaccessible and makes it accessible 64 KiB at a time as the heap grows, each
/// step a mapping of its own, so no 2 MiB of it is ever one mapping that the kernel could back with a huge page. The
/// command makes the whole range accessible and eligible for huge pages once, as it starts; memory is still taken only
/// where it is written, 2 MiB at a time, and the collector keeps its own account of what it uses.
/// </summary>
internal static class HugePages
{
    /// <summary>Set to 0 or false, the heap stays on the pages .NET gives it.</summary>
    public const string Variable = "FOREIGN_AFFAIRS_HUGE_PAGES";

    private const int AdviseHugePages = 14; // MADV_HUGEPAGE
    private const int AdviseDump = 17; // MADV_DODUMP
    private const int ReadWrite = 3; // PROT_READ | PROT_WRITE

    // Memory made writable is counted against the system's memory, and, when the system guesses whether it can
    // overcommit, each call is refused that asks for more than the machine has: the range, many times the machine's
    // memory, is made writable a step at a time.
    private const ulong Step = 1UL << 30;

    // The heap's range once it is on huge pages.
    private static (ulong Start, ulong End)? _range;

    /// <summary>
    /// Makes the heap's range eligible for huge pages, in the native command on Linux, where the system offers them,
    /// does not hold memory to what was asked for (which the range would count against) and the collector has no limit
    /// of its own (which memory taken 2 MiB at a time could overrun); does nothing otherwise. A step that fails ends it
    /// there: the pages change only how fast memory is taken.
    /// </summary>
    public static void Use()
    {
        if (!NativeCommand.IsRunning || !OperatingSystem.IsLinux() || TurnedOff()) return;
        try
        {
            if (!Offered() || Limited()) return;
            var probe = new object();
            var address = (ulong)Unsafe.As<object, nint>(ref probe);
            var mappings = Mappings(File.ReadLines("/proc/self/smaps"));
            if (HeapRange(mappings, address) is not (var start, var end) range) return;
            foreach (var reserved in ReservedIn(mappings, range))
                for (var from = reserved.Start; from < reserved.End; from += Step)
                    if (Protect(from, Math.Min(Step, reserved.End - from), ReadWrite) != 0) return;
            // The collector marks the parts it makes accessible as belonging in a core dump: marked so at once, they
            // are not split from the rest as it does.
            if (Advise(start, end - start, AdviseHugePages) == 0 && Advise(start, end - start, AdviseDump) == 0)
                _range = (start, end);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException
            or DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    /// <summary>
    /// How much of the heap is on huge pages, by the kernel's account; null when it was not put on them or the account
    /// cannot be read.
    /// </summary>
    public static long? Backed()
    {
        if (_range is not var (start, end)) return null;
        try
        {
            long kilobytes = 0;
            var inHeap = false;
            foreach (var line in File.ReadLines("/proc/self/smaps"))
            {
                if (Heading(line) is { } mapping) inHeap = mapping.Start >= start && mapping.End <= end;
                else if (inHeap && line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
                    kilobytes += Kilobytes(line, "AnonHugePages:".Length);
            }
            return kilobytes << 10;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The heap's reserved range among a process's <paramref name="mappings"/>, found from the
    /// <paramref name="address"/> of an object in it: the run of adjacent mappings around it that may be of the heap
    /// (<see cref="MemoryMapping.OfHeap"/>), from the first reserved one to the last, or to the object's own.
    /// </summary>
    internal static (ulong Start, ulong End)? HeapRange(IReadOnlyList<MemoryMapping> mappings, ulong address)
    {
        var at = 0;
        while (at < mappings.Count && !(mappings[at].Start <= address && address < mappings[at].End)) at++;
        if (at == mappings.Count || !mappings[at].OfHeap) return null;
        var first = at;
        while (first > 0 && mappings[first - 1].OfHeap && mappings[first - 1].End == mappings[first].Start) first--;
        var last = at;
        while (last + 1 < mappings.Count && mappings[last + 1].OfHeap && mappings[last + 1].Start == mappings[last].End)
            last++;
        while (first < at && !mappings[first].Reserved) first++;
        while (last > at && !mappings[last].Reserved) last--;
        // Trimmed, the run ends on a reserved mapping if it holds one.
        return mappings[first].Reserved || mappings[last].Reserved
            ? (mappings[first].Start, mappings[last].End)
            : null;
    }

    /// <summary>
    /// The mappings in <paramref name="range"/> that .NET reserved, which are made accessible: only those, and so
    /// nothing that another library made inaccessible on purpose, such as a guard page.
    /// </summary>
    internal static IEnumerable<MemoryMapping> ReservedIn(IReadOnlyList<MemoryMapping> mappings,
        (ulong Start, ulong End) range) =>
        mappings.Where(m => m.Reserved && m.Start >= range.Start && m.End <= range.End);

    /// <summary>The mappings that <paramref name="smaps"/> lists, as <c>/proc/self/smaps</c> does.</summary>
    internal static IReadOnlyList<MemoryMapping> Mappings(IEnumerable<string> smaps)
    {
        var mappings = new List<MemoryMapping>();
        foreach (var line in smaps)
        {
            if (line.StartsWith("VmFlags:", StringComparison.Ordinal) && mappings.Count > 0)
                mappings[^1] = mappings[^1] with { Flags = line.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
            else if (Heading(line) is { } mapping)
                mappings.Add(mapping);
        }
        return mappings;
    }

    // The other lines of a mapping are named with a capital: they are not split to be parsed.
    private static MemoryMapping? Heading(string line) =>
        line.Length > 0 && !char.IsAsciiLetterUpper(line[0]) ? MemoryMapping.Parse(line) : null;

    private static bool TurnedOff() => Environment.GetEnvironmentVariable(Variable) is { } choice
        && (choice == "0" || choice.Equals("false", StringComparison.OrdinalIgnoreCase));

    // Huge pages on request ("madvise") or always, not turned off for this process, and memory overcommitted (0, by a
    // guess, or 1, always): under strict accounting (2) the accessible range would be counted against what the build
    // itself needs.
    private static bool Offered() =>
        !File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled").Contains("[never]", StringComparison.Ordinal)
        && File.ReadAllText("/proc/sys/vm/overcommit_memory").Trim() is "0" or "1"
        && !File.ReadLines("/proc/self/status").Contains("THP_enabled:\t0", StringComparer.Ordinal);

    // A limit on the heap (set, or taken from a container's), which .NET keeps to by its own account of what it uses;
    // or on the process's writable memory (ulimit -d), which the accessible range would use up before the heap grows.
    private static bool Limited() =>
        File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal))
            is not { } total
        || GC.GetGCMemoryInfo().TotalAvailableMemoryBytes < Kilobytes(total, "MemTotal:".Length) << 10
        || File.ReadLines("/proc/self/limits").FirstOrDefault(line => line.StartsWith("Max data size",
            StringComparison.Ordinal)) is not { } data
        || !data["Max data size".Length..].TrimStart().StartsWith("unlimited", StringComparison.Ordinal);

    // The figure of a line such as "MemTotal:  24576000 kB" after its name.
    private static long Kilobytes(string line, int from) =>
        long.Parse(line.AsSpan(from).Trim().TrimEnd("kB"), CultureInfo.InvariantCulture);

    private static int Advise(ulong start, ulong length, int advice) => Advise((nint)start, (nuint)length, advice);

    private static int Protect(ulong start, ulong length, int protection) =>
        Protect((nint)start, (nuint)length, protection);

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Advise(nint address, nuint length, int advice);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Protect(nint address, nuint length, int protection);
}

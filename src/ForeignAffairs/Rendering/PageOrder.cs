namespace ForeignAffairs.Rendering;

/// <summary>
/// The order of a render's pages by path, kept for the next render of the same pages: a rebuild of a large site plans
/// its pages in the same order each time, and checking 30,000 paths against the last ones costs far less than sorting
/// them again, since they share long beginnings (<c>en/projects/p-0</c>).
/// </summary>
internal sealed class PageOrder
{
    private string[] _files = [];
    private int[] _order = [];

    /// <summary>
    /// The positions of <paramref name="jobs"/> in path order; two jobs of one path keep their planned order.
    /// </summary>
    public IReadOnlyList<int> Of(IReadOnlyList<PageJob> jobs)
    {
        if (Same(jobs)) return _order;
        var files = jobs.Select(j => j.File).ToArray();
        var order = Enumerable.Range(0, files.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(files[a], files[b]) is var c && c != 0 ? c : a.CompareTo(b));
        (_files, _order) = (files, order);
        return order;
    }

    private bool Same(IReadOnlyList<PageJob> jobs)
    {
        if (jobs.Count != _files.Length) return false;
        for (var i = 0; i < _files.Length; i++)
            if (!string.Equals(jobs[i].File, _files[i], StringComparison.Ordinal)) return false;
        return true;
    }
}

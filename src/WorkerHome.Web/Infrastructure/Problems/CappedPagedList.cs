using Microsoft.EntityFrameworkCore;

namespace WorkerHome.Infrastructure.Problems;

/// <summary>
/// A page of results whose total stops counting: past the cap the list says "more than" instead of counting every
/// matching row, so a pager costs the same for ten thousand rows as for ten million.
/// </summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Total">All matching items, or, when <paramref name="TotalIsLowerBound"/>, how many were counted before stopping.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalIsLowerBound">True when there are more matching items than <paramref name="Total"/> (shown as "N 条以上").</param>
public sealed record CappedPagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound);

public static class CappedCount
{
    /// <summary>
    /// Counts the rows of <paramref name="query"/> up to the rows before this page plus <paramref name="cap"/> (so the
    /// pager can always move on from where the caller is), reading at most one row more to know whether it stopped.
    /// </summary>
    public static async Task<(int Total, bool IsLowerBound)> CountAsync<T>(IQueryable<T> query, int page, int pageSize, int cap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = (int)Math.Min(int.MaxValue - 1L, (long)(page - 1) * pageSize + cap);
        var counted = await query.Take(limit + 1).CountAsync(ct);
        return counted > limit ? (limit, true) : (counted, false);
    }
}

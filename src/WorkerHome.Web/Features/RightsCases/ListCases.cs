using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.RightsCases;

/// <summary>Filters of the staff list.</summary>
/// <param name="Status">One status only.</param>
/// <param name="Category">One category only.</param>
/// <param name="Overdue">true: only open cases past a deadline.</param>
/// <param name="UnionId">Cases of this union and below.</param>
/// <param name="Page">From 1.</param>
/// <param name="PageSize">1 to 100.</param>
public sealed record RightsCaseSearch(RightsCaseStatus? Status = null, RightsCategory? Category = null, bool? Overdue = null, int? UnionId = null,
    int Page = 1, int PageSize = 20);

/// <summary>Cases whose union is in the staff member's subtree: overdue first, then newest.</summary>
public sealed class ListCases(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<PagedList<RightsCaseItem>>> HandleAsync(RightsCaseSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } problem)
        {
            return problem;
        }
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unions = await access.UnionIdListAsync(db, ct);
        var cases = db.RightsCases.AsNoTracking().Where(c => unions.Contains(c.UnionId));
        if (search.UnionId is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("unionId", "未找到该工会");
            }
            cases = cases.Where(c => db.Unions.Any(u => u.Id == c.UnionId && u.Path.StartsWith(path)));
        }
        if (search.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        if (search.Category is { } category)
        {
            cases = cases.Where(c => c.Category == category);
        }
        var today = time.LocalToday();
        if (search.Overdue == true)
        {
            cases = cases.Where(RightsCaseViews.Overdue(today));
        }
        var total = await cases.CountAsync(ct);
        var ids = await cases.OrderByDescending(c => c.Status != RightsCaseStatus.Closed)
            .ThenByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).Select(c => c.Id).ToListAsync(ct);
        var rows = await RightsCaseViews.Rows(db, db.RightsCases.AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(ct);
        var items = rows.Select(r => RightsCaseViews.Item(r, today))
            .OrderByDescending(i => i.Overdue).ThenBy(i => ids.IndexOf(i.Id)).ToList();
        return new PagedList<RightsCaseItem>(items, total, search.Page, search.PageSize);
    }
}

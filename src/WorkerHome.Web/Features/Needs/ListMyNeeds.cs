using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>The signed-in worker's own needs, newest first, in every state (a held or rejected need too).</summary>
public sealed class ListMyNeeds(AppDbContext db, CurrentUser current)
{
    public async Task<Outcome<PagedList<MyNeed>>> HandleAsync(int page, int pageSize, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (Paging.Check(page, pageSize) is { } problem)
        {
            return problem;
        }
        var mine = db.Needs.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(ct);
        var rows = await NeedViews.Rows(mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize), db).ToListAsync(ct);
        return new PagedList<MyNeed>(rows.Select(NeedViews.ToMyNeed).ToList(), total, page, pageSize);
    }
}

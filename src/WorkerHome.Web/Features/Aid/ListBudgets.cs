using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Aid;

/// <summary>The budgets of a year for unions in the staff member's scope, with used and remaining.</summary>
public sealed class ListBudgets(AppDbContext db, DataScope scope)
{
    public async Task<IReadOnlyList<AidBudgetView>> HandleAsync(int year, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var rows = await db.AidBudgets.AsNoTracking().Where(b => b.Year == year && access.UnionIds(db).Contains(b.UnionId)).OrderBy(b => b.UnionId)
            .Select(b => new { b, UnionName = db.Unions.Where(u => u.Id == b.UnionId).Select(u => u.Name).First() }).ToListAsync(ct);
        return rows.Select(r => new AidBudgetView(r.b.Id, r.b.UnionId, r.UnionName, r.b.Year, r.b.BudgetFen, r.b.QuotaCount, r.b.UsedFen, r.b.UsedCount,
            r.b.BudgetFen - r.b.UsedFen, r.b.QuotaCount - r.b.UsedCount)).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Planning;

/// <summary>The plans a staff member sees: those of the unions in their scope and of the unions above them.</summary>
public sealed class ListPlans(AppDbContext db, DataScope scope)
{
    public async Task<IReadOnlyList<PlanSummary>> HandleAsync(int? year, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var query = db.ConstructionPlans.AsNoTracking()
            .Join(db.Unions, p => p.UnionId, u => u.Id, (p, u) => new { Plan = p, u.Name, u.Path, u.Level, u.SortOrder });
        if (!access.IsSystemAdmin)
        {
            var above = PlanAccess.AncestorIds(access);
            var scoped = access.UnionIds(db);
            query = query.Where(p => above.Contains(p.Plan.UnionId) || scoped.Contains(p.Plan.UnionId));
        }
        if (year is { } y)
        {
            query = query.Where(p => p.Plan.Year == y);
        }
        var plans = await query.OrderByDescending(p => p.Plan.Year).ThenBy(p => p.Level).ThenBy(p => p.SortOrder).ThenBy(p => p.Plan.Id)
            .Take(500).ToListAsync(ct);
        return plans.Select(p => PlanAccess.ToSummary(p.Plan, p.Name, access.Covers(p.Path))).ToList();
    }
}

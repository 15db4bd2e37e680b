using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

/// <summary>
/// Consuming the city union's yearly budget and quota on the final approval: one conditional statement inside the
/// approval's transaction (used + amount ≤ budget and count + 1 ≤ quota), so concurrent approvals across app nodes
/// never pass either limit. The unguarded variant (tests only) reads, checks, waits and writes back.
/// </summary>
public static class AidBudgetUse
{
    public static async Task<AppProblem?> ConsumeAsync(AppDbContext db, int unionId, int year, long amountFen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var updated = await db.AidBudgets
            .Where(b => b.UnionId == unionId && b.Year == year && b.UsedFen + amountFen <= b.BudgetFen && b.UsedCount + 1 <= b.QuotaCount)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.UsedFen, x => x.UsedFen + amountFen).SetProperty(x => x.UsedCount, x => x.UsedCount + 1), ct);
        return updated == 1 ? null : await WhyAsync(db, unionId, year, amountFen, ct);
    }

    /// <summary>The control for the concurrency test: read, check, wait, write back, outside the transaction.</summary>
    public static async Task<AppProblem?> ConsumeUnguardedAsync(AppDbContext db, int unionId, int year, long amountFen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var budget = await db.AidBudgets.AsNoTracking().FirstOrDefaultAsync(b => b.UnionId == unionId && b.Year == year, ct);
        if (budget is null || budget.UsedFen + amountFen > budget.BudgetFen || budget.UsedCount + 1 > budget.QuotaCount)
        {
            return await WhyAsync(db, unionId, year, amountFen, ct);
        }
        await Task.Delay(20, ct);
        await db.AidBudgets.Where(b => b.Id == budget.Id)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.UsedFen, budget.UsedFen + amountFen).SetProperty(x => x.UsedCount, budget.UsedCount + 1), ct);
        return null;
    }

    private static async Task<AppProblem> WhyAsync(AppDbContext db, int unionId, int year, long amountFen, CancellationToken ct)
    {
        var budget = await db.AidBudgets.AsNoTracking().FirstOrDefaultAsync(b => b.UnionId == unionId && b.Year == year, ct);
        if (budget is null)
        {
            return AidProblems.NoBudget;
        }
        return budget.UsedCount + 1 > budget.QuotaCount ? AidProblems.QuotaExhausted
            : AidProblems.BudgetExhausted.WithDetail($"剩余预算 {AidProjection.Yuan(budget.BudgetFen - budget.UsedFen)}，本次 {AidProjection.Yuan(amountFen)}");
    }
}

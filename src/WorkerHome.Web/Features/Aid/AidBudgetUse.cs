using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

/// <summary>
/// Consuming a level's yearly budget and quota on its approval: one conditional statement inside the approval's
/// transaction (used + amount ≤ budget and count + 1 ≤ quota), so concurrent approvals across app nodes never pass
/// either limit. The city's budget is required; a grassroots or county union limits its approvals only when it has
/// set a budget for the year. A later rejection gives the lower levels' amounts back. The unguarded variant (tests
/// only) reads, checks, waits and writes back.
/// </summary>
public static class AidBudgetUse
{
    /// <summary>Whether the union has a budget row for the year (a lower level without one approves without a limit).</summary>
    public static Task<bool> HasBudgetAsync(AppDbContext db, int unionId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AidBudgets.AnyAsync(b => b.UnionId == unionId && b.Year == year, ct);
    }

    /// <summary>Gives back what the application's earlier approvals drew (on a rejection at a later level).</summary>
    public static async Task ReleaseAsync(AppDbContext db, int applicationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var drawn = await db.AidSteps.AsNoTracking().Where(s => s.ApplicationId == applicationId && s.Approved && s.BudgetYear != null)
            .Select(s => new { s.UnionId, Year = s.BudgetYear!.Value, Amount = s.AmountFen ?? 0 }).ToListAsync(ct);
        foreach (var d in drawn)
        {
            await db.AidBudgets.Where(b => b.UnionId == d.UnionId && b.Year == d.Year)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.UsedFen, x => x.UsedFen - d.Amount).SetProperty(x => x.UsedCount, x => x.UsedCount - 1), ct);
        }
        await db.AidSteps.Where(s => s.ApplicationId == applicationId && s.BudgetYear != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BudgetYear, (int?)null), ct);
    }

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

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Aid;

/// <summary>A union's aid budget and quota for a year.</summary>
public sealed class AidBudgetInput
{
    public int UnionId { get; set; }

    public int Year { get; set; }

    /// <summary>Budget in fen (≥ 0).</summary>
    public long BudgetFen { get; set; }

    /// <summary>Number of people (≥ 0).</summary>
    public int QuotaCount { get; set; }
}

/// <summary>
/// Staff of the union or above set its yearly budget and quota; never below what is already used (one conditional
/// statement, so a concurrent approval cannot slip under a lowered limit).
/// </summary>
public sealed class SetBudget(AppDbContext db, DataScope scope, OperationLogWriter log)
{
    public async Task<Outcome<int>> HandleAsync(AidBudgetInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        if (input.Year is < 2020 or > 2100)
        {
            Error("year", "请填写年度");
        }
        if (input.BudgetFen is < 0 or > 100_000_000_000)
        {
            Error("budgetFen", "预算金额不能为负");
        }
        if (input.QuotaCount is < 0 or > 1_000_000)
        {
            Error("quotaCount", "名额不能为负");
        }
        if (problem is not null)
        {
            return problem;
        }
        var union = await db.Unions.AsNoTracking().Where(u => u.Id == input.UnionId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct);
        if (union is null || !await scope.CoversUnionAsync(union.Id, ct))
        {
            return AidProblems.UnionNotFound;
        }
        if (!await db.AidBudgets.AnyAsync(b => b.UnionId == union.Id && b.Year == input.Year, ct))
        {
            db.AidBudgets.Add(new AidBudget { UnionId = union.Id, Year = input.Year });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Created at the same moment by someone else; the update below applies to it.
            }
            db.ChangeTracker.Clear();
        }
        var updated = await db.AidBudgets.Where(b => b.UnionId == union.Id && b.Year == input.Year && b.UsedFen <= input.BudgetFen && b.UsedCount <= input.QuotaCount)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.BudgetFen, input.BudgetFen).SetProperty(x => x.QuotaCount, input.QuotaCount), ct);
        if (updated != 1)
        {
            return AidProblems.BudgetBelowUsed;
        }
        var id = await db.AidBudgets.Where(b => b.UnionId == union.Id && b.Year == input.Year).Select(b => b.Id).SingleAsync(ct);
        log.Add(OperationKind.Updated, nameof(AidBudget), AidAccess.Key(id), $"{union.Name} {input.Year}", union.Id, null, new { input.BudgetFen, input.QuotaCount });
        await db.SaveChangesAsync(ct);
        return id;
    }
}

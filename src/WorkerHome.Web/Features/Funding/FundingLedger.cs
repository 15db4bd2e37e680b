using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>
/// Whether a project's ledger is complete: the lines add up to the budget (and, in the Funding room, obey the
/// ratio rules that apply). Construction asks this before a project is submitted and before it is selected.
/// </summary>
public static class FundingLedger
{
    public static readonly AppProblem DoesNotAddUp = new("funding_does_not_add_up", "经费来源合计与项目预算不一致", 409);

    public static async Task<AppProblem?> ProblemAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var budget = await db.ConstructionProjects.Where(p => p.Id == projectId).Select(p => p.BudgetFen).SingleAsync(ct);
        var total = await db.FundingLines.Where(l => l.ProjectId == projectId).SumAsync(l => l.AmountFen, ct);
        return total == budget ? null : DoesNotAddUp.WithError("lines", $"各项经费合计 {total / 100m:0.00} 元，项目预算 {budget / 100m:0.00} 元");
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>A yearly plan with what the current user may do with it.</summary>
/// <param name="Id">Plan id.</param>
/// <param name="UnionId">The union whose plan it is.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Title">Title, e.g. 乐山市 2026 年职工之家阵地建设计划.</param>
/// <param name="BudgetFen">The year's subsidy budget in fen.</param>
/// <param name="CommittedFen">Subsidies already granted by selection, in fen.</param>
/// <param name="Note">Note.</param>
/// <param name="Version">Send it back when changing the plan.</param>
/// <param name="CanEdit">Whether the user may change the plan and its targets (scope over the plan's union).</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
public sealed record PlanSummary(int Id, int UnionId, string UnionName, int Year, string Title, long BudgetFen, long CommittedFen,
    string? Note, int Version, bool CanEdit, DateTimeOffset UpdatedAt)
{
    /// <summary>Budget not yet committed, in fen.</summary>
    public long RemainingFen => BudgetFen - CommittedFen;
}

/// <summary>
/// Who sees and who changes a plan: staff covering the plan's union change it; staff of a union below it read it
/// (a county sees the city's whole table, read-only), so a plan is visible up the tree and editable down it.
/// </summary>
public sealed class PlanAccess(AppDbContext db, DataScope scope)
{
    internal sealed record PlanHeader(PlanSummary Summary, string UnionPath, UnionLevel UnionLevel);

    /// <summary>The ids of the unions above (and including) the user's own: their plans target the user's county.</summary>
    public static IReadOnlyList<int> AncestorIds(AccessScope access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.StaffPaths
            .SelectMany(UnionPaths.Ids)
            .Distinct().ToList();
    }

    internal async Task<Outcome<PlanHeader>> ReadableAsync(int planId, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var plan = await db.ConstructionPlans.AsNoTracking().Where(p => p.Id == planId)
            .Join(db.Unions, p => p.UnionId, u => u.Id, (p, u) => new { Plan = p, u.Name, u.Path, u.Level })
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return PlanningProblems.PlanNotFound;
        }
        var canEdit = access.Covers(plan.Path);
        if (!canEdit && !access.StaffPaths.Any(p => p.StartsWith(plan.Path, StringComparison.Ordinal)))
        {
            return PlanningProblems.PlanNotFound;
        }
        return new PlanHeader(ToSummary(plan.Plan, plan.Name, canEdit), plan.Path, plan.Level);
    }

    internal async Task<Outcome<PlanHeader>> EditableAsync(int planId, CancellationToken ct)
    {
        var plan = await ReadableAsync(planId, ct);
        if (plan.Succeeded && !plan.Value.Summary.CanEdit)
        {
            return PlanningProblems.PlanOutOfScope.WithDetail("只有计划所属工会及其上级的工作人员可以修改计划和目标");
        }
        return plan;
    }

    internal static PlanSummary ToSummary(ConstructionPlan plan, string unionName, bool canEdit) => new(plan.Id, plan.UnionId, unionName,
        plan.Year, plan.Title, plan.BudgetFen, plan.CommittedFen, plan.Note, plan.Version, canEdit, plan.UpdatedAt);
}

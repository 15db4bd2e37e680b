using WorkerHome.Infrastructure.Money;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>Changes to a plan's title, budget and note.</summary>
public sealed class PlanUpdate
{
    /// <summary>Title.</summary>
    [Required(ErrorMessage = "请填写计划名称")]
    [StringLength(100, ErrorMessage = "计划名称不能超过 100 字")]
    public string Title { get; set; } = "";

    /// <summary>The year's subsidy budget in fen; not below what selections have already committed.</summary>
    [Range(0, 100_000_000_000L, ErrorMessage = "预算应在 0 到 10 亿元之间")]
    public long BudgetFen { get; set; }

    /// <summary>Note.</summary>
    [StringLength(500, ErrorMessage = "备注不能超过 500 字")]
    public string? Note { get; set; }

    /// <summary>The version you edited (from the plan), so another person's change is not overwritten.</summary>
    [Required(ErrorMessage = "请提供编辑时的版本号 version")]
    public int? Version { get; set; }
}

/// <summary>Staff covering the plan's union change its title, budget or note.</summary>
public sealed class UpdatePlan(AppDbContext db, PlanAccess access, TimeProvider time)
{
    public async Task<Outcome<PlanSummary>> HandleAsync(int id, PlanUpdate input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (PlanRules.Check(input.Title, input.BudgetFen, input.Note) is { } problem)
        {
            return problem;
        }
        if (input.Version is not { } version)
        {
            return CommonProblems.Field("version", "请提供编辑时的版本号 version");
        }
        var allowed = await access.EditableAsync(id, ct);
        if (!allowed.Succeeded)
        {
            return allowed.Problem;
        }
        var plan = await db.ConstructionPlans.SingleAsync(p => p.Id == id, ct);
        if (plan.Version != version)
        {
            return CommonProblems.StaleVersion;
        }
        if (input.BudgetFen < plan.CommittedFen)
        {
            return BelowCommitted(plan.CommittedFen);
        }
        plan.Title = input.Title.Trim();
        plan.BudgetFen = input.BudgetFen;
        plan.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        plan.Version++;
        plan.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
        catch (DbUpdateException)
        {
            // A selection raised CommittedFen between our read and our write; the database's check refused the lower budget.
            db.ChangeTracker.Clear();
            var committed = await db.ConstructionPlans.Where(p => p.Id == id).Select(p => p.CommittedFen).SingleAsync(ct);
            if (input.BudgetFen >= committed)
            {
                throw;
            }
            return BelowCommitted(committed);
        }
        return PlanAccess.ToSummary(plan, allowed.Value.Summary.UnionName, canEdit: true);
    }

    private static AppProblem BelowCommitted(long committedFen) => PlanningProblems.BudgetBelowCommitted
        .WithDetail($"已立项项目的补贴合计 {Yuan.Format(committedFen)}，预算不能低于此数")
        .WithError("budgetFen", $"不能低于已立项补贴 {Yuan.Format(committedFen)}");
}

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>A new yearly plan for a city or county union.</summary>
public sealed class PlanInput
{
    /// <summary>The city or county union whose plan it is (in your scope).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择工会")]
    public int UnionId { get; set; }

    /// <summary>The year.</summary>
    [Range(2000, 2100, ErrorMessage = "年度应在 2000 到 2100 之间")]
    public int Year { get; set; }

    /// <summary>Title.</summary>
    [Required(ErrorMessage = "请填写计划名称")]
    [StringLength(100, ErrorMessage = "计划名称不能超过 100 字")]
    public string Title { get; set; } = "";

    /// <summary>The year's subsidy budget in fen.</summary>
    [Range(0, 100_000_000_000L, ErrorMessage = "预算应在 0 到 10 亿元之间")]
    public long BudgetFen { get; set; }

    /// <summary>Note.</summary>
    [StringLength(500, ErrorMessage = "备注不能超过 500 字")]
    public string? Note { get; set; }
}

/// <summary>Staff start a union's plan for a year (one per union and year).</summary>
public sealed class CreatePlan(AppDbContext db, DataScope scope, PlanAccess access, TimeProvider time)
{
    public async Task<Outcome<PlanSummary>> HandleAsync(PlanInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problem = PlanRules.Check(input.Title, input.BudgetFen, input.Note)
            ?? (input.Year is < 2000 or > 2100 ? CommonProblems.Field("year", "年度应在 2000 到 2100 之间") : null);
        if (problem is not null)
        {
            return problem;
        }
        var union = await db.Unions.AsNoTracking().Where(u => u.Id == input.UnionId).Select(u => new { u.Level }).FirstOrDefaultAsync(ct);
        if (union is null)
        {
            return CommonProblems.Field("unionId", "未找到该工会");
        }
        if (union.Level is not (UnionLevel.City or UnionLevel.County))
        {
            return CommonProblems.Field("unionId", "建设计划由市级或县区级工会制定");
        }
        if (!await scope.CoversUnionAsync(input.UnionId, ct))
        {
            return PlanningProblems.PlanOutOfScope.WithDetail("只能为本级或下级工会制定计划");
        }
        if (await db.ConstructionPlans.AnyAsync(p => p.UnionId == input.UnionId && p.Year == input.Year, ct))
        {
            return PlanningProblems.PlanExists.WithError("year", "该工会该年度已有建设计划");
        }
        var now = time.GetUtcNow();
        var plan = new ConstructionPlan
        {
            UnionId = input.UnionId,
            Year = input.Year,
            Title = input.Title.Trim(),
            BudgetFen = input.BudgetFen,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.ConstructionPlans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return PlanningProblems.PlanExists.WithError("year", "该工会该年度已有建设计划");
        }
        var created = await access.ReadableAsync(plan.Id, ct);
        return created.Succeeded ? created.Value.Summary : created.Problem;
    }
}

/// <summary>Checks the handlers repeat for callers that skip the API's validation (the console, tests).</summary>
internal static class PlanRules
{
    public static AppProblem? Check(string? title, long budgetFen, string? note)
    {
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        if (string.IsNullOrWhiteSpace(title))
        {
            Error("title", "请填写计划名称");
        }
        else if (title.Trim().Length > 100)
        {
            Error("title", "计划名称不能超过 100 字");
        }
        if (budgetFen is < 0 or > 100_000_000_000L)
        {
            Error("budgetFen", "预算应在 0 到 10 亿元之间");
        }
        if (note is { Length: > 500 })
        {
            Error("note", "备注不能超过 500 字");
        }
        return problem;
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>One target: how many sites of a form and rating a county is to build.</summary>
public sealed class PlanTargetInput
{
    /// <summary>A union directly below the plan's union (a row of the table).</summary>
    public int CountyUnionId { get; set; }

    /// <summary>Site form.</summary>
    [Required(ErrorMessage = "请选择形态")]
    public SiteForm? Form { get; set; }

    /// <summary>Site rating.</summary>
    [Required(ErrorMessage = "请选择级别")]
    public SiteRating? Rating { get; set; }

    /// <summary>0–1000.</summary>
    [Range(0, 1000, ErrorMessage = "目标数应为 0 到 1000 的整数")]
    public int Count { get; set; }
}

/// <summary>The plan's targets as a whole set: cells not named are cleared.</summary>
public sealed class PlanTargetsInput
{
    /// <summary>The cells; at most one per county, form and rating.</summary>
    [Required(ErrorMessage = "请提供目标")]
    public List<PlanTargetInput> Cells { get; set; } = [];
}

/// <summary>Staff covering the plan's union set its targets (a county reads the city's targets but cannot change them).</summary>
public sealed class SavePlanTargets(AppDbContext db, PlanAccess access, GetPlanTable table)
{
    public async Task<Outcome<PlanTable>> HandleAsync(int planId, PlanTargetsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await access.EditableAsync(planId, ct);
        if (!plan.Succeeded)
        {
            return plan.Problem;
        }
        var rows = (await GetPlanTable.RowUnionsAsync(db, plan.Value.Summary.UnionId, plan.Value.UnionLevel, ct)).Select(r => r.Id).ToHashSet();
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        var seen = new HashSet<(int, SiteForm, SiteRating)>();
        var cells = new List<(int County, SiteForm Form, SiteRating Rating, int Count)>();
        for (var i = 0; i < input.Cells.Count; i++)
        {
            var cell = input.Cells[i];
            if (cell is null)
            {
                Error($"cells[{i}]", "目标不能为空");
                continue;
            }
            if (!rows.Contains(cell.CountyUnionId))
            {
                Error($"cells[{i}].countyUnionId", "不是本计划直属下级的工会");
            }
            if (cell.Form is not { } form || !Enum.IsDefined(form))
            {
                Error($"cells[{i}].form", "请选择形态");
            }
            if (cell.Rating is not { } rating || !Enum.IsDefined(rating))
            {
                Error($"cells[{i}].rating", "请选择级别");
            }
            if (cell.Count is < 0 or > 1000)
            {
                Error($"cells[{i}].count", "目标数应为 0 到 1000 的整数");
            }
            if (cell.Form is { } f && cell.Rating is { } r && !seen.Add((cell.CountyUnionId, f, r)))
            {
                Error($"cells[{i}]", "同一县区、形态和级别只能填写一次");
            }
            if (problem is null)
            {
                cells.Add((cell.CountyUnionId, cell.Form!.Value, cell.Rating!.Value, cell.Count));
            }
        }
        if (problem is not null)
        {
            return problem;
        }
        var saved = await ReplaceAsync(db, planId, rows, cells, ct);
        return saved.Succeeded ? await table.HandleAsync(planId, ct) : saved.Problem;
    }

    /// <summary>Replaces the targets of the given rows with the given cells, in one transaction.</summary>
    internal static Task<Outcome<Done>> ReplaceAsync(AppDbContext db, int planId, IReadOnlyCollection<int> rowIds,
        IEnumerable<(int County, SiteForm Form, SiteRating Rating, int Count)> cells, CancellationToken ct) =>
        db.InTransactionAsync<Done>(async token =>
        {
            await db.PlanTargets.Where(t => t.PlanId == planId && rowIds.Contains(t.CountyUnionId)).ExecuteDeleteAsync(token);
            db.PlanTargets.AddRange(cells.Where(c => c.Count > 0).Select(c => new PlanTarget
            {
                PlanId = planId, CountyUnionId = c.County, Form = c.Form, Rating = c.Rating, Count = c.Count,
            }));
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return CommonProblems.Conflict.WithDetail("目标正被他人同时修改，请刷新后重试");
            }
            return Done.Value;
        }, ct);
}

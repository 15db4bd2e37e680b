using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Planning;

/// <summary>A column of the plan table: one form and rating.</summary>
/// <param name="Form">Site form.</param>
/// <param name="Rating">Site rating.</param>
/// <param name="Label">"主体·省级".</param>
public sealed record PlanColumn(SiteForm Form, SiteRating Rating, string Label);

/// <summary>One cell's figures.</summary>
/// <param name="Target">How many sites are to be built.</param>
/// <param name="Listed">Projects submitted or beyond (not draft, rejected or not selected).</param>
/// <param name="Selected">Projects selected, awaiting acceptance or accepted.</param>
/// <param name="Accepted">Projects accepted.</param>
/// <param name="Achieved">Accepted projects that count toward the target: Σ min(accepted, target) over the cells.</param>
/// <param name="Completion">Achieved ÷ target, 0–1; null when there is no target.</param>
public sealed record PlanCell(int Target, int Listed, int Selected, int Accepted, int Achieved, double? Completion);

/// <summary>A row: a union directly below the plan's union, with a cell per column and the row's total.</summary>
/// <param name="UnionId">The county (or, for a county plan, township) union.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Cells">Cells in the order of the table's columns.</param>
/// <param name="Total">The row total; its completion is the county's completion.</param>
public sealed record PlanRow(int UnionId, string UnionName, IReadOnlyList<PlanCell> Cells, PlanCell Total);

/// <summary>The yearly plan table (年度建设计划表): counties down, form × rating across.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="RowHeader">What the rows are: 县区 or 乡镇（街道）.</param>
/// <param name="Columns">The nine columns, form-major (主体·省级, 主体·市级, …, 流动·县级).</param>
/// <param name="Rows">One row per union directly below the plan's union.</param>
/// <param name="Totals">Column totals.</param>
/// <param name="Total">The grand total; its completion is the plan's overall completion.</param>
public sealed record PlanTable(PlanSummary Plan, string RowHeader, IReadOnlyList<PlanColumn> Columns, IReadOnlyList<PlanRow> Rows,
    IReadOnlyList<PlanCell> Totals, PlanCell Total);

/// <summary>The plan table with its progress, computed from the targets and the projects of the plan's year.</summary>
public sealed class GetPlanTable(AppDbContext db, PlanAccess access)
{
    public static readonly IReadOnlyList<PlanColumn> Columns = EnumText.Values<SiteForm>()
        .SelectMany(f => EnumText.Values<SiteRating>().Select(r => new PlanColumn(f, r, $"{f.Chinese()}·{r.Chinese()}")))
        .ToList();

    private static readonly ProjectStage[] NotListed = [ProjectStage.Draft, ProjectStage.Rejected, ProjectStage.NotSelected];
    private static readonly ProjectStage[] SelectedStages = [ProjectStage.Selected, ProjectStage.AwaitingAcceptance, ProjectStage.Accepted];

    public async Task<Outcome<PlanTable>> HandleAsync(int planId, CancellationToken ct)
    {
        var plan = await access.ReadableAsync(planId, ct);
        if (!plan.Succeeded)
        {
            return plan.Problem;
        }
        var header = plan.Value;
        var rows = await RowUnionsAsync(db, header.Summary.UnionId, header.UnionLevel, ct);
        var targets = await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == planId).ToListAsync(ct);

        var year = header.Summary.Year;
        var under = header.UnionPath;
        var projects = await db.ConstructionProjects.AsNoTracking()
            .Where(p => p.Year == year)
            .Join(db.Unions, p => p.UnionId, u => u.Id, (p, u) => new { p.Form, p.Rating, p.Stage, u.Path })
            .Where(p => p.Path.StartsWith(under))
            .ToListAsync(ct);

        var rowFigures = rows.Select(row =>
        {
            var mine = projects.Where(p => p.Path.StartsWith(row.Path, StringComparison.Ordinal)).ToList();
            var cells = Columns.Select(c =>
            {
                var cell = mine.Where(p => p.Form == c.Form && p.Rating == c.Rating).ToList();
                var target = targets.FirstOrDefault(t => t.CountyUnionId == row.Id && t.Form == c.Form && t.Rating == c.Rating)?.Count ?? 0;
                return Cell(target, cell.Count(p => !NotListed.Contains(p.Stage)), cell.Count(p => SelectedStages.Contains(p.Stage)),
                    cell.Count(p => p.Stage == ProjectStage.Accepted));
            }).ToList();
            return new PlanRow(row.Id, row.Name, cells, Sum(cells));
        }).ToList();
        var totals = Columns.Select((_, i) => Sum(rowFigures.Select(r => r.Cells[i]).ToList())).ToList();
        return new PlanTable(header.Summary, RowHeaderOf(header.UnionLevel), Columns, rowFigures, totals, Sum(rowFigures.Select(r => r.Total).ToList()));
    }

    /// <summary>The unions a plan's rows are: the unions one level below the plan's union, directly under it.</summary>
    internal static async Task<List<(int Id, string Name, string Path)>> RowUnionsAsync(AppDbContext db, int unionId, UnionLevel level, CancellationToken ct)
    {
        var below = level + 1;
        var rows = await db.Unions.AsNoTracking().Where(u => u.ParentId == unionId && u.Level == below)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Name, r.Path)).ToList();
    }

    internal static string RowHeaderOf(UnionLevel planLevel) => planLevel == UnionLevel.County ? "乡镇（街道）" : "县区";

    private static PlanCell Cell(int target, int listed, int selected, int accepted)
    {
        var achieved = Math.Min(accepted, target);
        return new(target, listed, selected, accepted, achieved, target == 0 ? null : (double)achieved / target);
    }

    // A total's completion counts each cell's accepted projects up to its target, so one county's surplus never hides another's shortfall.
    private static PlanCell Sum(IReadOnlyList<PlanCell> cells)
    {
        var target = cells.Sum(c => c.Target);
        var achieved = cells.Sum(c => c.Achieved);
        return new PlanCell(target, cells.Sum(c => c.Listed), cells.Sum(c => c.Selected), cells.Sum(c => c.Accepted), achieved,
            target == 0 ? null : (double)achieved / target);
    }
}

using WorkerHome.Infrastructure.Money;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.BattleMap;

/// <summary>Filters of the board and the map.</summary>
/// <param name="Year">Plan year; this year (Beijing) when empty.</param>
/// <param name="County">Only this county union.</param>
public sealed record BattleMapFilter(int? Year = null, int? County = null);

/// <summary>A project card on the board.</summary>
/// <param name="Id">Project id.</param>
/// <param name="Name">Project name.</param>
/// <param name="CountyUnionId">County union.</param>
/// <param name="CountyName">County name.</param>
/// <param name="UnionName">The applicant.</param>
/// <param name="Form">Site form.</param>
/// <param name="FormName">Form in Chinese.</param>
/// <param name="Rating">Site rating.</param>
/// <param name="RatingName">Rating in Chinese.</param>
/// <param name="BudgetFen">Budget in fen.</param>
/// <param name="BudgetText">Budget in yuan (¥12,345.00).</param>
/// <param name="NextMilestone">The next undone milestone.</param>
/// <param name="NextMilestoneDue">Its date.</param>
/// <param name="LateMilestones">Milestones past their date and not done.</param>
public sealed record BoardCard(int Id, string Name, int CountyUnionId, string CountyName, string UnionName, SiteForm Form, string FormName,
    SiteRating Rating, string RatingName, long BudgetFen, string BudgetText, string? NextMilestone, DateOnly? NextMilestoneDue, int LateMilestones);

/// <summary>A column of the board.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="StageName">Its Chinese name.</param>
/// <param name="Cards">Its projects, late ones first.</param>
public sealed record BoardColumn(ProjectStage Stage, string StageName, IReadOnlyList<BoardCard> Cards);

/// <summary>The board (进度看板).</summary>
/// <param name="Year">Plan year.</param>
/// <param name="Today">The Beijing date lateness is measured on.</param>
/// <param name="Columns">已申报, 已评审, 已立项, 待验收, 已验收.</param>
/// <param name="Drafts">Projects still in draft.</param>
/// <param name="Rejected">Projects rejected at review.</param>
/// <param name="NotSelected">Projects not selected.</param>
/// <param name="Counties">The counties the caller may filter by.</param>
public sealed record BattleBoard(int Year, DateOnly Today, IReadOnlyList<BoardColumn> Columns, int Drafts, int Rejected, int NotSelected,
    IReadOnlyList<CountyOption> Counties);

/// <summary>The projects of the caller's subtree by stage, with their next milestone and how many are late.</summary>
public sealed class GetBoard(AppDbContext db, BattleMapScope scope, TimeProvider time)
{
    private static readonly ProjectStage[] Columns =
        [ProjectStage.Submitted, ProjectStage.Reviewed, ProjectStage.Selected, ProjectStage.AwaitingAcceptance, ProjectStage.Accepted];

    public async Task<Outcome<BattleBoard>> HandleAsync(BattleMapFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = time.LocalToday();
        var year = filter.Year ?? today.Year;
        if (year is < 2000 or > 2100)
        {
            return BattleMapProblems.YearOutOfRange;
        }
        var projects = await scope.ProjectsAsync(year, filter.County, ct);
        var rows = await projects
            .Select(p => new
            {
                p.Id, p.Name, p.CountyUnionId, p.Form, p.Rating, p.BudgetFen, p.Stage,
                County = db.Unions.Where(u => u.Id == p.CountyUnionId).Select(u => u.Name).First(),
                Union = db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Name).First(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var undone = (await db.ProjectMilestones.AsNoTracking().Where(m => ids.Contains(m.ProjectId) && m.DoneAt == null).ToListAsync(ct))
            .ToLookup(m => m.ProjectId);
        var cards = rows.Select(r =>
        {
            var next = undone[r.Id].OrderBy(m => m.DueOn).ThenBy(m => m.SortOrder).FirstOrDefault();
            return (r.Stage, Card: new BoardCard(r.Id, r.Name, r.CountyUnionId, r.County, r.Union, r.Form, r.Form.Chinese(), r.Rating,
                r.Rating.Chinese(), r.BudgetFen, Yuan.Format(r.BudgetFen), next?.Title, next?.DueOn, undone[r.Id].Count(m => m.IsLate(today))));
        }).ToList();
        return new BattleBoard(year, today,
            Columns.Select(stage => new BoardColumn(stage, stage.Chinese(), cards.Where(c => c.Stage == stage).Select(c => c.Card)
                .OrderByDescending(c => c.LateMilestones).ThenBy(c => c.NextMilestoneDue ?? DateOnly.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToList())).ToList(),
            rows.Count(r => r.Stage == ProjectStage.Draft), rows.Count(r => r.Stage == ProjectStage.Rejected),
            rows.Count(r => r.Stage == ProjectStage.NotSelected), await scope.CountiesAsync(ct));
    }
}

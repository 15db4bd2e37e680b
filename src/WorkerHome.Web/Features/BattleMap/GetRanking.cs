using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.BattleMap;

/// <summary>Filters of the ranking.</summary>
/// <param name="Year">Plan year; this year (Beijing) when empty.</param>
/// <param name="City">The city union whose counties are ranked; by default the caller's own city.</param>
public sealed record RankingFilter(int? Year = null, int? City = null);

/// <summary>One county's line in the league table.</summary>
/// <param name="Rank">1 for the best; counties with no target come last, unranked (0).</param>
/// <param name="CountyUnionId">County union.</param>
/// <param name="CountyName">County name.</param>
/// <param name="Target">Sites the city's plan asks of it (all cells).</param>
/// <param name="Listed">Projects submitted or beyond (not draft, rejected or not selected).</param>
/// <param name="Selected">Projects selected, awaiting acceptance or accepted.</param>
/// <param name="Accepted">Projects accepted.</param>
/// <param name="Counted">Accepted projects that count against the target: Σ min(accepted, target) over the cells.</param>
/// <param name="CompletionPercent">Counted ÷ target × 100, one decimal; null without a target.</param>
/// <param name="LateMilestones">Milestones of its projects past their date and not done.</param>
public sealed record RankingRow(int Rank, int CountyUnionId, string CountyName, int Target, int Listed, int Selected, int Accepted, int Counted,
    double? CompletionPercent, int LateMilestones);

/// <summary>The county ranking by completion (县区排名).</summary>
/// <param name="Year">Plan year.</param>
/// <param name="CityUnionId">The city.</param>
/// <param name="CityName">Its name.</param>
/// <param name="PlanTitle">The city's plan for the year, null when it has none.</param>
/// <param name="Rows">Counties, best first; ties by accepted count, then name.</param>
public sealed record CountyRanking(int Year, int CityUnionId, string CityName, string? PlanTitle, IReadOnlyList<RankingRow> Rows);

/// <summary>
/// Ranks a city's counties by how much of the city's yearly plan they have built. The city publishes this league
/// table, so county staff see every county of their city here, while the board and the map stay within scope.
/// </summary>
public sealed class GetRanking(AppDbContext db, DataScope scope, TimeProvider time)
{
    private static readonly ProjectStage[] NotListed = [ProjectStage.Draft, ProjectStage.Rejected, ProjectStage.NotSelected];
    private static readonly ProjectStage[] SelectedStages = [ProjectStage.Selected, ProjectStage.AwaitingAcceptance, ProjectStage.Accepted];

    public async Task<Outcome<CountyRanking>> HandleAsync(RankingFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = time.LocalToday();
        var year = filter.Year ?? today.Year;
        if (year is < 2000 or > 2100)
        {
            return BattleMapProblems.YearOutOfRange;
        }
        if (await CityAsync(filter.City, ct) is not { } city)
        {
            return BattleMapProblems.CityNotFound;
        }
        var counties = await db.Unions.AsNoTracking().Where(u => u.ParentId == city.Id && u.Level == UnionLevel.County)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var countyIds = counties.Select(c => c.Id).ToList();
        var plan = await db.ConstructionPlans.AsNoTracking().Where(p => p.UnionId == city.Id && p.Year == year)
            .Select(p => new { p.Id, p.Title }).FirstOrDefaultAsync(ct);
        var targets = plan is null ? [] : await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == plan.Id)
            .Select(t => new { t.CountyUnionId, t.Form, t.Rating, t.Count }).ToListAsync(ct);
        var projects = await db.ConstructionProjects.AsNoTracking().Where(p => p.Year == year && countyIds.Contains(p.CountyUnionId))
            .Select(p => new
            {
                p.CountyUnionId, p.Form, p.Rating, p.Stage,
                Late = db.ProjectMilestones.Count(m => m.ProjectId == p.Id && m.DoneAt == null && m.DueOn < today),
            })
            .ToListAsync(ct);

        var rows = counties.Select(county =>
        {
            var own = projects.Where(p => p.CountyUnionId == county.Id).ToList();
            var cells = targets.Where(t => t.CountyUnionId == county.Id).ToList();
            var target = cells.Sum(t => t.Count);
            var counted = cells.Sum(t => Math.Min(t.Count,
                own.Count(p => p.Stage == ProjectStage.Accepted && p.Form == t.Form && p.Rating == t.Rating)));
            return new RankingRow(0, county.Id, county.Name, target, own.Count(p => !NotListed.Contains(p.Stage)),
                own.Count(p => SelectedStages.Contains(p.Stage)), own.Count(p => p.Stage == ProjectStage.Accepted), counted,
                target == 0 ? null : Math.Round(counted * 100.0 / target, 1), own.Sum(p => p.Late));
        }).ToList();
        var ordered = rows
            .OrderBy(r => r.Target == 0)
            .ThenByDescending(r => r.Target == 0 ? 0 : (double)r.Counted / r.Target)
            .ThenByDescending(r => r.Accepted)
            .ThenBy(r => r.CountyName, StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), false))
            .Select((r, index) => r with { Rank = r.Target == 0 ? 0 : index + 1 })
            .ToList();
        return new CountyRanking(year, city.Id, city.Name, plan?.Title, ordered);
    }

    /// <summary>The named city when the caller covers it or works inside it; else the city at or above the caller's own union.</summary>
    private async Task<(int Id, string Name)?> CityAsync(int? requested, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var cities = db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.City);
        if (requested is { } id)
        {
            var city = await cities.Where(u => u.Id == id).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
            return city is not null && (access.Covers(city.Path) || access.StaffPaths.Any(p => p.StartsWith(city.Path, StringComparison.Ordinal)))
                ? (city.Id, city.Name)
                : null;
        }
        var all = await cities.OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var own = all.FirstOrDefault(c => access.StaffPaths.Any(p => p.StartsWith(c.Path, StringComparison.Ordinal)))
            ?? all.FirstOrDefault(c => access.Covers(c.Path));
        return own is null ? null : (own.Id, own.Name);
    }
}

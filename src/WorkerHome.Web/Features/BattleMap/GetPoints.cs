using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.BattleMap;

/// <summary>A marker on the map.</summary>
/// <param name="Kind">"site" or "project".</param>
/// <param name="Id">Site or project id.</param>
/// <param name="Name">Name.</param>
/// <param name="Latitude">WGS-84 latitude.</param>
/// <param name="Longitude">WGS-84 longitude.</param>
/// <param name="State">Site status or project stage (code name).</param>
/// <param name="StateName">The same in Chinese.</param>
/// <param name="CountyUnionId">County union, null for a site above county level.</param>
/// <param name="CountyName">County name, or 市本级.</param>
/// <param name="LateMilestones">For a project: milestones past their date and not done.</param>
/// <param name="Link">The console page of the project or site.</param>
public sealed record MapPoint(string Kind, int Id, string Name, double Latitude, double Longitude, string State, string StateName,
    int? CountyUnionId, string CountyName, int LateMilestones, string Link);

/// <summary>The map's markers.</summary>
/// <param name="Year">The year of the projects shown.</param>
/// <param name="Points">Sites, then projects (a project sits at its site's point).</param>
/// <param name="Counties">The counties the caller may filter by.</param>
public sealed record MapPoints(int Year, IReadOnlyList<MapPoint> Points, IReadOnlyList<CountyOption> Counties);

/// <summary>Sites of the caller's subtree (all years) and the year's projects, with WGS-84 points.</summary>
public sealed class GetPoints(AppDbContext db, BattleMapScope scope, TimeProvider time)
{
    public const string AboveCounty = "市本级";

    public async Task<Outcome<MapPoints>> HandleAsync(BattleMapFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = time.LocalToday();
        var year = filter.Year ?? today.Year;
        if (year is < 2000 or > 2100)
        {
            return BattleMapProblems.YearOutOfRange;
        }
        var unions = await scope.UnionsAsync(ct);
        var unionIds = unions.Keys.ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && unionIds.Contains(s.UnionId))
            .Select(s => new { s.Id, s.Name, s.Latitude, s.Longitude, s.Status, s.UnionId }).ToListAsync(ct);
        var projects = await (await scope.ProjectsAsync(year, filter.County, ct))
            .Select(p => new
            {
                p.Id, p.Name, p.Stage, p.CountyUnionId,
                County = db.Unions.Where(u => u.Id == p.CountyUnionId).Select(u => u.Name).First(),
                Site = db.Sites.Where(s => s.Id == p.SiteId).Select(s => new { s.Latitude, s.Longitude }).First(),
                Late = db.ProjectMilestones.Count(m => m.ProjectId == p.Id && m.DoneAt == null && m.DueOn < today),
            })
            .ToListAsync(ct);
        string CountyName(int? id) => id is { } county && unions.TryGetValue(county, out var u) ? u.Name : AboveCounty;

        var points = sites
            .Select(s => (Site: s, County: unions[s.UnionId].CountyId))
            .Where(s => filter.County is null || s.County == filter.County)
            .OrderBy(s => s.Site.Id)
            .Select(s => new MapPoint("site", s.Site.Id, s.Site.Name, s.Site.Latitude, s.Site.Longitude, s.Site.Status.ToString(),
                s.Site.Status.Chinese(), s.County, CountyName(s.County), 0, $"/console/sites/{s.Site.Id}/edit"))
            .Concat(projects.OrderBy(p => p.Id).Select(p => new MapPoint("project", p.Id, p.Name, p.Site.Latitude, p.Site.Longitude,
                p.Stage.ToString(), p.Stage.Chinese(), p.CountyUnionId, p.County, p.Late, $"/console/projects/{p.Id}")))
            .ToList();
        return new MapPoints(year, points, await scope.CountiesAsync(ct));
    }
}

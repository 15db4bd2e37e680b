using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Dispatch;

/// <summary>What a dispatch is for, as shown on cards and offers.</summary>
/// <param name="Kind">场次 or 需求组.</param>
/// <param name="SessionId">The session, when a session is dispatched.</param>
/// <param name="NeedGroupId">The need group, when a group is dispatched.</param>
/// <param name="Title">The item's title, or the group's.</param>
/// <param name="Category">Category name in Chinese.</param>
/// <param name="StartsAt">Start (UTC), for a session.</param>
/// <param name="EndsAt">End (UTC), for a session.</param>
/// <param name="When">Start and end in Beijing time, e.g. 12月5日 周五 19:00–20:30.</param>
/// <param name="Where">Site and room, 线上 for an online session, or null for a group.</param>
/// <param name="UnionName">The union whose session or group it is.</param>
public sealed record DispatchTargetView(
    string Kind, int? SessionId, int? NeedGroupId, string Title, string Category, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    string? When, string? Where, string UnionName);

/// <summary>Everything the dispatch rules need to know of a session or a need group.</summary>
public sealed record TargetFacts(
    int UnionId, string UnionPath, string UnionName, int? SessionId, int? NeedGroupId, NeedCategory Category, string Title,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, SessionStatus? SessionStatus, bool Online, string? SiteName, string? Place,
    double? SiteLatitude, double? SiteLongitude, string? SiteTownship)
{
    public RankingTarget Ranking => new(Category, Title, StartsAt, EndsAt, Online, SiteLatitude, SiteLongitude, SiteTownship);

    /// <summary>Whether a session can no longer be delivered (cancelled, or already over).</summary>
    public bool IsClosed(DateTimeOffset now) => SessionId is not null && (SessionStatus == Sessions.SessionStatus.Cancelled || EndsAt <= now);

    public DispatchTargetView View(DateTimeOffset now) => new(
        SessionId is null ? "需求组" : "场次", SessionId, NeedGroupId, Title, Category.Chinese(), StartsAt, EndsAt,
        StartsAt is { } start && EndsAt is { } end
            ? ChinaTime.FormatDateTime(start, now) + "–" + ChinaTime.ToLocal(end).ToString("HH:mm", CultureInfo.InvariantCulture)
            : null,
        SessionId is null ? null : SessionVenue.Describe(SiteName, Place),
        UnionName);
}

/// <summary>Loads sessions and need groups as dispatch targets, and the volunteers who may serve them.</summary>
public sealed class DispatchTargets(AppDbContext db)
{
    public async Task<TargetFacts?> LoadAsync(int? sessionId, int? needGroupId, CancellationToken ct)
    {
        var found = await LoadManyAsync(sessionId is { } s ? [s] : [], needGroupId is { } g ? [g] : [], ct);
        return found.Values.FirstOrDefault();
    }

    /// <summary>Targets keyed by (SessionId, NeedGroupId).</summary>
    public async Task<Dictionary<(int?, int?), TargetFacts>> LoadManyAsync(IReadOnlyCollection<int> sessionIds, IReadOnlyCollection<int> groupIds, CancellationToken ct)
    {
        var result = new Dictionary<(int?, int?), TargetFacts>();
        if (sessionIds.Count > 0)
        {
            var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
                .Select(s => new
                {
                    s.Id, s.UnionId, s.StartsAt, s.EndsAt, s.Status, s.SiteId, s.OnlineUrl, s.Place,
                    Union = db.Unions.Where(u => u.Id == s.UnionId).Select(u => new { u.Path, u.Name }).First(),
                    Item = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => new { i.Title, i.Category }).First(),
                    Site = db.Sites.Where(x => x.Id == s.SiteId).Select(x => new { x.Name, x.Latitude, x.Longitude, x.RegionCode }).FirstOrDefault(),
                })
                .ToListAsync(ct);
            foreach (var s in sessions)
            {
                result[(s.Id, null)] = new TargetFacts(s.UnionId, s.Union.Path, s.Union.Name, s.Id, null, s.Item.Category, s.Item.Title,
                    s.StartsAt, s.EndsAt, s.Status, s.SiteId is null, s.Site?.Name, s.Place, s.Site?.Latitude, s.Site?.Longitude, s.Site?.RegionCode);
            }
        }
        if (groupIds.Count > 0)
        {
            var groups = await db.NeedGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
                .Select(g => new
                {
                    g.Id, g.UnionId, g.Title, g.Category,
                    Union = db.Unions.Where(u => u.Id == g.UnionId).Select(u => new { u.Path, u.Name }).First(),
                })
                .ToListAsync(ct);
            foreach (var g in groups)
            {
                result[(null, g.Id)] = new TargetFacts(g.UnionId, g.Union.Path, g.Union.Name, null, g.Id, g.Category, g.Title,
                    null, null, null, false, null, null, null, null, null);
            }
        }
        return result;
    }

    /// <summary>
    /// Verified volunteers who may serve a union: those of the union itself, of a union above it, or of one below it
    /// (the same branch of the tree), never those of a neighbouring branch.
    /// </summary>
    public IQueryable<Volunteer> InBranch(string unionPath)
    {
        var ancestors = UnionPaths.Ids(unionPath);
        var below = db.Unions.Where(u => u.Path.StartsWith(unionPath)).Select(u => u.Id);
        return db.Volunteers.Where(v => v.Status == VolunteerStatus.Verified && (ancestors.Contains(v.UnionId) || below.Contains(v.UnionId)));
    }
}

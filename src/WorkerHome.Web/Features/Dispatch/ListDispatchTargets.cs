using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Dispatch;

/// <summary>A session or need group that can be dispatched.</summary>
/// <param name="SessionId">The session, or null for a group.</param>
/// <param name="NeedGroupId">The group, or null for a session.</param>
/// <param name="Label">What staff pick from, e.g. 12月5日 周五 19:00 · 劳动合同法讲座 · 上坎社区职工之家.</param>
public sealed record DispatchTargetOption(int? SessionId, int? NeedGroupId, string Label);

/// <summary>What staff may dispatch now: upcoming sessions and open need groups of their scope without a live dispatch.</summary>
public sealed class ListDispatchTargets(AppDbContext db, DataScope scope, TimeProvider time)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<DispatchTargetOption>> HandleAsync(CancellationToken ct)
    {
        var unions = (await scope.GetAsync(ct)).UnionIds(db);
        var now = time.GetUtcNow();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => unions.Contains(s.UnionId) && s.Status == SessionStatus.Scheduled && s.EndsAt > now
                && !db.Dispatches.Any(d => d.SessionId == s.Id && d.Status != DispatchStatus.Cancelled))
            .OrderBy(s => s.StartsAt).Take(Limit)
            .Select(s => new
            {
                s.Id, s.StartsAt,
                Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
                Site = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var groups = await db.NeedGroups.AsNoTracking()
            .Where(g => unions.Contains(g.UnionId) && g.MergedIntoId == null
                && !db.Dispatches.Any(d => d.NeedGroupId == g.Id && d.Status != DispatchStatus.Cancelled))
            .OrderByDescending(g => g.Id).Take(Limit)
            .Select(g => new { g.Id, g.Title, g.Category })
            .ToListAsync(ct);
        return sessions.Select(s => new DispatchTargetOption(s.Id, null, $"场次 · {ChinaTime.FormatDateTime(s.StartsAt, now)} · {s.Title} · {s.Site ?? "线上"}"))
            .Concat(groups.Select(g => new DispatchTargetOption(null, g.Id, $"需求组 · {g.Title}（{g.Category.Chinese()}）")))
            .ToList();
    }
}

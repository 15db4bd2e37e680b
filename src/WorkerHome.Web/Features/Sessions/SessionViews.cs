using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sessions;

/// <summary>Projects sessions to <see cref="SessionView"/> in one query, with the caller's own order when signed in.</summary>
public sealed class SessionViews(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<SessionView>> ProjectAsync(IQueryable<Session> sessions, Guid? userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        // No tracking: a use case that just moved seats with a set-based update must not be shown its stale entity.
        var rows = await sessions.AsNoTracking().Select(s => new
        {
            Session = s,
            ItemTitle = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
            SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            Waitlisted = db.Orders.Count(o => o.SessionId == s.Id && o.Status == OrderStatus.Waitlisted),
            Provider = db.Volunteers.Where(v => v.Id == s.VolunteerId)
                .Select(v => new { v.Id, v.Qualification, v.Organization, Name = db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First() })
                .FirstOrDefault(),
            Mine = db.Orders.Where(o => o.SessionId == s.Id && o.UserId == userId && o.Status != OrderStatus.Cancelled).FirstOrDefault(),
        }).ToListAsync(ct);

        var waiting = rows.Where(r => r.Mine is { Status: OrderStatus.Waitlisted }).Select(r => r.Mine!.Id).ToList();
        var positions = waiting.Count == 0 ? [] : await WaitingList.PositionsAsync(db, waiting, ct);
        var now = time.GetUtcNow();
        return rows.Select(r => new SessionView(
            r.Session.Id, r.Session.MenuItemId, r.ItemTitle, r.Session.StartsAt, r.Session.EndsAt,
            ChinaTime.FormatDateTime(r.Session.StartsAt, now), r.Session.SiteId, r.SiteName, r.Session.Place,
            r.Session.SiteId is null, r.Session.Capacity, r.Session.Confirmed, r.Waitlisted,
            Math.Max(0, r.Session.Capacity - r.Session.Confirmed), r.Session.Status, r.Session.SeriesKey,
            r.Mine is null ? null : OrderView.From(r.Mine, positions.GetValueOrDefault(r.Mine.Id)), r.Session.Version,
            r.Provider is null ? null : new SessionProvider(r.Provider.Id, r.Provider.Name, r.Provider.Qualification.Chinese(), r.Provider.Organization))).ToList();
    }
}

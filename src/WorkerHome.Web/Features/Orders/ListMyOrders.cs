using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Orders;

/// <summary>An order with what the worker needs to know about its session.</summary>
/// <param name="Order">The order, with its waiting-list position.</param>
/// <param name="ItemTitle">The item ordered.</param>
/// <param name="StartsAt">Session start (UTC).</param>
/// <param name="When">Start in Chinese.</param>
/// <param name="Where">Site and place, or 线上.</param>
/// <param name="OnlineUrl">Meeting link, shown to confirmed attendees only.</param>
/// <param name="SessionCancelled">The union cancelled the session.</param>
/// <param name="Upcoming">The session has not started.</param>
/// <param name="EndsAt">Session end (UTC).</param>
public sealed record MyOrder(OrderView Order, string ItemTitle, DateTimeOffset StartsAt, string When, string Where, string? OnlineUrl,
    bool SessionCancelled, bool Upcoming, DateTimeOffset EndsAt);

/// <summary>The signed-in worker's orders: upcoming first (soonest first), then past ones, newest first.</summary>
public sealed class ListMyOrders(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<IReadOnlyList<MyOrder>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return [];
        }
        var rows = await db.Orders.AsNoTracking().Where(o => o.UserId == userId)
            .Select(o => new
            {
                Order = o,
                Session = db.Sessions.Where(s => s.Id == o.SessionId)
                    .Select(s => new { s.StartsAt, s.EndsAt, s.Status, s.Place, s.OnlineUrl, SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault() })
                    .First(),
                ItemTitle = db.MenuItems.Where(i => i.Id == o.MenuItemId).Select(i => i.Title).First(),
            })
            .ToListAsync(ct);
        var waiting = rows.Where(r => r.Order.Status == OrderStatus.Waitlisted).Select(r => r.Order.Id).ToList();
        var positions = waiting.Count == 0 ? [] : await WaitingList.PositionsAsync(db, waiting, ct);
        var now = time.GetUtcNow();
        return rows
            .Select(r => new MyOrder(
                OrderView.From(r.Order, positions.GetValueOrDefault(r.Order.Id)),
                r.ItemTitle, r.Session.StartsAt, ChinaTime.FormatDateTime(r.Session.StartsAt, now),
                SessionVenue.Describe(r.Session.SiteName, r.Session.Place),
                r.Order.Status == OrderStatus.Confirmed ? r.Session.OnlineUrl : null,
                r.Session.Status == SessionStatus.Cancelled, r.Session.StartsAt > now, r.Session.EndsAt))
            .OrderByDescending(o => o.Upcoming && o.Order.Status != OrderStatus.Cancelled)
            .ThenBy(o => o.Upcoming && o.Order.Status != OrderStatus.Cancelled ? o.StartsAt.UtcTicks : -o.StartsAt.UtcTicks)
            .ToList();
    }
}

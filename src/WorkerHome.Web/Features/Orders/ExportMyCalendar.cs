using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Orders;

/// <summary>The worker's confirmed, upcoming sessions as an iCalendar file for the phone's calendar.</summary>
public sealed class ExportMyCalendar(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<string> HandleAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sessions = await db.Orders.AsNoTracking()
            .Where(o => o.UserId == current.UserId && o.Status == OrderStatus.Confirmed)
            .Select(o => db.Sessions.Where(s => s.Id == o.SessionId && s.Status == SessionStatus.Scheduled && s.StartsAt > now)
                .Select(s => new
                {
                    OrderId = o.Id,
                    s.StartsAt,
                    s.EndsAt,
                    s.Place,
                    s.OnlineUrl,
                    Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
                    Site = db.Sites.Where(x => x.Id == s.SiteId).Select(x => new { x.Name, x.Address }).FirstOrDefault(),
                })
                .FirstOrDefault())
            .Where(s => s != null)
            .ToListAsync(ct);

        var calendar = new Calendar { ProductId = "-//WorkerHome//职工之家//ZH" };
        calendar.AddProperty("X-WR-CALNAME", "职工之家 · 我的课程");
        foreach (var s in sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"order-{s!.OrderId}@workerhome",
                Summary = s.Title,
                DtStart = new CalDateTime(s.StartsAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(s.EndsAt.UtcDateTime, "UTC"),
                Location = s.Site is null ? "线上" : $"{s.Site.Name} {s.Place} {s.Site.Address}".Trim(),
                Description = s.OnlineUrl is null ? "职工之家点单课程" : $"线上参加：{s.OnlineUrl}",
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

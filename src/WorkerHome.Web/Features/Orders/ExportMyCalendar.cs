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
        var sessions = await (
                from o in db.Orders.AsNoTracking()
                join s in db.Sessions on o.SessionId equals s.Id
                join i in db.MenuItems on s.MenuItemId equals i.Id
                join site in db.Sites on s.SiteId equals site.Id into sites
                from site in sites.DefaultIfEmpty()
                where o.UserId == current.UserId && o.Status == OrderStatus.Confirmed
                    && s.Status == SessionStatus.Scheduled && s.StartsAt > now
                orderby s.StartsAt
                select new
                {
                    OrderId = o.Id,
                    s.StartsAt,
                    s.EndsAt,
                    s.Place,
                    s.OnlineUrl,
                    i.Title,
                    SiteName = site == null ? null : site.Name,
                    SiteAddress = site == null ? null : site.Address,
                })
            .ToListAsync(ct);

        var calendar = new Calendar { ProductId = "-//WorkerHome//职工之家//ZH" };
        calendar.AddProperty("X-WR-CALNAME", "职工之家 · 我的课程");
        foreach (var s in sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"order-{s.OrderId}@workerhome",
                Summary = s.Title,
                DtStart = new CalDateTime(s.StartsAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(s.EndsAt.UtcDateTime, "UTC"),
                Location = s.SiteName is null ? "线上" : $"{s.SiteName} {s.Place} {s.SiteAddress}".Trim(),
                Description = s.OnlineUrl is null ? "职工之家点单课程" : $"线上参加：{s.OnlineUrl}",
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

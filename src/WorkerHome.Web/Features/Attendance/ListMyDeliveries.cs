using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Attendance;

/// <summary>A session a volunteer delivers, with its counts.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Title">Its item.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="When">Start in Chinese.</param>
/// <param name="Where">Site and place, or 线上.</param>
/// <param name="Cancelled">The union cancelled it.</param>
/// <param name="Upcoming">Check-in has not closed yet.</param>
/// <param name="Confirmed">Confirmed orders.</param>
/// <param name="CheckedIn">Check-ins (walk-ins included).</param>
public sealed record DeliveryRow(int SessionId, string Title, DateTimeOffset StartsAt, string When, string Where, bool Cancelled, bool Upcoming,
    int Confirmed, int CheckedIn);

/// <summary>The signed-in volunteer's sessions (those dispatched to them): upcoming soonest first, then past ones.</summary>
/// <param name="IsVolunteer">Whether the person is a verified volunteer at all.</param>
/// <param name="Sessions">The sessions.</param>
public sealed record MyDeliveries(bool IsVolunteer, IReadOnlyList<DeliveryRow> Sessions);

public sealed class ListMyDeliveries(AppDbContext db, CurrentUser current, CheckInTokens tokens, TimeProvider time)
{
    public async Task<MyDeliveries> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } userId || await VolunteerOf.VerifiedIdAsync(db, userId, ct) is not { } volunteerId)
        {
            return new(false, []);
        }
        var rows = await db.Sessions.AsNoTracking().Where(s => s.VolunteerId == volunteerId)
            .Select(s => new
            {
                s.Id,
                s.StartsAt,
                s.EndsAt,
                s.Status,
                s.Place,
                s.SiteId,
                Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First(),
                SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
                Confirmed = db.Orders.Count(o => o.SessionId == s.Id && o.Status == OrderStatus.Confirmed),
                CheckedIn = db.CheckIns.Count(c => c.SessionId == s.Id),
            })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        return new(true, rows
            .Select(r => new DeliveryRow(r.Id, r.Title, r.StartsAt, ChinaTime.FormatDateTime(r.StartsAt, now),
                SessionVenue.Describe(r.SiteName, r.Place),
                r.Status == SessionStatus.Cancelled, !tokens.WindowOf(r.StartsAt, r.EndsAt).HasClosed(now), r.Confirmed, r.CheckedIn))
            .OrderByDescending(r => r.Upcoming)
            .ThenBy(r => r.Upcoming ? r.StartsAt.UtcTicks : -r.StartsAt.UtcTicks)
            .ToList());
    }
}

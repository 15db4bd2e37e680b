using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Orders;

/// <summary>
/// Keeps the one invariant of a session: no free seat while someone waits. Called with the session locked,
/// whenever seats are freed (a confirmed order cancelled, capacity raised): it confirms the first tickets of the
/// waiting list into the free seats and tells those workers.
/// </summary>
public sealed class SeatKeeper(AppDbContext db, Notifier notifier, TimeProvider time)
{
    public async Task<int> FillFreeSeatsAsync(int sessionId, CancellationToken ct)
    {
        var seats = await db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => new { s.Capacity, s.Confirmed, s.StartsAt, ItemTitle = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).First() })
            .SingleAsync(ct);
        var free = seats.Capacity - seats.Confirmed;
        if (free <= 0)
        {
            return 0;
        }
        var promoted = await db.Orders.Where(o => o.SessionId == sessionId && o.Status == OrderStatus.Waitlisted)
            .OrderBy(o => o.WaitlistTicket).Take(free).ToListAsync(ct);
        if (promoted.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow();
        foreach (var order in promoted)
        {
            order.Status = OrderStatus.Confirmed;
            order.ConfirmedAt = now;
        }
        var taken = await db.Sessions.Where(s => s.Id == sessionId && s.Confirmed + promoted.Count <= s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed + promoted.Count), ct);
        if (taken != 1)
        {
            throw new InvalidOperationException($"Session {sessionId} changed under its lock.");
        }
        notifier.Notify(promoted.Select(o => o.UserId), "候补成功",
            $"您候补的《{seats.ItemTitle}》（{ChinaTime.FormatDateTime(seats.StartsAt, now)}）有了空位，已为您确认。不能参加请及时取消。",
            "/me/orders");
        await db.SaveChangesAsync(ct);
        return promoted.Count;
    }
}

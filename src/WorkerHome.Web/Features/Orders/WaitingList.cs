using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Orders;

/// <summary>
/// The waiting list of a session is the live waiting orders in ticket order. A position is never stored: it is
/// the number of live tickets up to and including one's own, so cancellations close gaps by themselves.
/// Tickets are issued 1, 2, 3 … without gaps (the counter and the order are written in one statement or one
/// transaction, and orders are never deleted), so that number is one's ticket minus the earlier tickets that left the
/// list (promoted or cancelled). Those are few and have an index of their own, so a position costs a few rows instead
/// of one visit per ticket ahead (a 2,000-worker rush would otherwise make about two million).
/// </summary>
public static class WaitingList
{
    public static async Task<int> PositionAsync(AppDbContext db, int sessionId, int ticket, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ticket - await db.Orders.CountAsync(o => o.SessionId == sessionId && o.WaitlistTicket < ticket && o.Status != OrderStatus.Waitlisted, ct);
    }

    public static Task<int> LengthAsync(AppDbContext db, int sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Orders.CountAsync(o => o.SessionId == sessionId && o.Status == OrderStatus.Waitlisted, ct);
    }

    /// <summary>Positions for many waiting orders of many sessions, in one query.</summary>
    public static async Task<Dictionary<int, int>> PositionsAsync(AppDbContext db, IReadOnlyCollection<int> orderIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mine = await db.Orders.Where(o => orderIds.Contains(o.Id) && o.Status == OrderStatus.Waitlisted)
            .Select(o => new
            {
                o.Id,
                Position = o.WaitlistTicket!.Value
                    - db.Orders.Count(w => w.SessionId == o.SessionId && w.WaitlistTicket < o.WaitlistTicket && w.Status != OrderStatus.Waitlisted),
            })
            .ToListAsync(ct);
        return mine.ToDictionary(o => o.Id, o => o.Position);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Orders;

/// <summary>
/// The waiting list of a session is the live waiting orders in ticket order. A position is never stored: it is
/// the number of live tickets up to and including one's own, so cancellations close gaps by themselves.
/// </summary>
public static class WaitingList
{
    public static Task<int> PositionAsync(AppDbContext db, int sessionId, int ticket, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Orders.CountAsync(o => o.SessionId == sessionId && o.Status == OrderStatus.Waitlisted && o.WaitlistTicket <= ticket, ct);
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
                Position = db.Orders.Count(w => w.SessionId == o.SessionId && w.Status == OrderStatus.Waitlisted && w.WaitlistTicket <= o.WaitlistTicket),
            })
            .ToListAsync(ct);
        return mine.ToDictionary(o => o.Id, o => o.Position);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Orders;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Orders;

/// <summary>
/// What must hold for a session after any storm of orders and cancellations; returns every violation found, so a
/// guarded run expects none and the unguarded control expects some.
/// </summary>
public static class SeatInvariant
{
    public static async Task<IReadOnlyList<string>> ViolationsAsync(TestApp app, int sessionId)
    {
        var (capacity, counter, orders) = await app.DbAsync(async db =>
        {
            var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
            var all = await db.Orders.AsNoTracking().Where(o => o.SessionId == sessionId).ToListAsync();
            return (session.Capacity, session.Confirmed, all);
        });
        var violations = new List<string>();
        var live = orders.Where(o => o.Status != OrderStatus.Cancelled).ToList();
        var confirmed = live.Count(o => o.Status == OrderStatus.Confirmed);
        var waiting = live.Where(o => o.Status == OrderStatus.Waitlisted).OrderBy(o => o.WaitlistTicket).ToList();
        if (confirmed > capacity)
        {
            violations.Add($"oversold: {confirmed} confirmed orders for {capacity} seats");
        }
        if (confirmed != counter)
        {
            violations.Add($"seat counter {counter} differs from {confirmed} confirmed orders");
        }
        if (waiting.Count > 0 && confirmed < capacity)
        {
            violations.Add($"{capacity - confirmed} free seats while {waiting.Count} wait");
        }
        if (live.GroupBy(o => o.UserId).Any(g => g.Count() > 1))
        {
            violations.Add("a worker holds two live orders");
        }
        if (orders.Where(o => o.WaitlistTicket is not null).GroupBy(o => o.WaitlistTicket).Any(g => g.Count() > 1))
        {
            violations.Add("a waiting-list ticket was issued twice");
        }
        return violations;
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Orders;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;
using WorkerHome.Features.Statistics.Tallies;

namespace WorkerHome.Features.Sessions;

/// <summary>Staff call off a session: every live order is cancelled and its worker told why, in one transaction.</summary>
public sealed class CancelSession(AppDbContext db, DataScope scope, Notifier notifier, StatisticsTallies tallies, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, string? reason, CancellationToken ct)
    {
        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.UnionId }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return SessionsProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(found.UnionId, ct))
        {
            return SessionsProblems.OutOfScope;
        }
        if (reason is { Length: > 200 })
        {
            return CommonProblems.Field("reason", "原因不能超过200个字");
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            await OrderLocks.LockSessionAsync(db, id, token);
            var session = await db.Sessions.SingleAsync(s => s.Id == id, token);
            if (session.Status == SessionStatus.Cancelled)
            {
                return SessionsProblems.AlreadyCancelled;
            }
            var now = time.GetUtcNow();
            if (session.StartsAt <= now)
            {
                return SessionsProblems.InThePast;
            }
            var title = await db.MenuItems.Where(i => i.Id == session.MenuItemId).Select(i => i.Title).FirstAsync(token);
            var orders = await db.Orders.Where(o => o.SessionId == id && o.Status != OrderStatus.Cancelled).ToListAsync(token);
            foreach (var order in orders)
            {
                order.Status = OrderStatus.Cancelled;
                order.CancelledAt = now;
            }
            session.Status = SessionStatus.Cancelled;
            session.Confirmed = 0;
            session.Version++;
            notifier.Notify(orders.Select(o => o.UserId), "场次取消",
                $"很抱歉，《{title}》（{ChinaTime.FormatDateTime(session.StartsAt, now)}）已取消" + (string.IsNullOrWhiteSpace(reason) ? "。" : $"：{reason.Trim()}"),
                "/me/orders");
            await db.SaveChangesAsync(token);
            await tallies.SessionCancelledAsync(id, token);
            return Done.Value;
        }, ct);
    }
}

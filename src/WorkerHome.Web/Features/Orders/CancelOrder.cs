using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

/// <summary>
/// A worker (or staff for a worker of their subtree) cancels an order before the session starts. A confirmed seat
/// goes at once to the first ticket of the waiting list, in the same transaction and under the session's lock, so
/// no seat stays free while someone waits and no seat is taken twice. Cancelling twice is harmless.
/// </summary>
public sealed class CancelOrder(AppDbContext db, CurrentUser current, DataScope scope, SeatKeeper seats, OperationLogWriter log, TimeProvider time)
{
    public async Task<Outcome<OrderView>> HandleAsync(int orderId, CancellationToken ct)
    {
        if (current.UserId is not { } actor)
        {
            return CommonProblems.Unauthenticated;
        }
        var target = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new { o.SessionId, o.UserId, UnionId = db.Sessions.Where(s => s.Id == o.SessionId).Select(s => s.UnionId).First() })
            .FirstOrDefaultAsync(ct);
        if (target is null)
        {
            return OrdersProblems.NotFound;
        }
        var byStaff = target.UserId != actor;
        if (byStaff && !await UserScope.CoversAsync(db, await scope.GetAsync(ct), target.UserId, ct))
        {
            return OrdersProblems.NotFound;
        }

        return await db.InTransactionAsync<OrderView>(async token =>
        {
            await OrderLocks.LockSessionAsync(db, target.SessionId, token);
            var order = await db.Orders.SingleAsync(o => o.Id == orderId, token);
            if (order.Status == OrderStatus.Cancelled)
            {
                return OrderView.From(order, null);
            }
            var now = time.GetUtcNow();
            if (await db.Sessions.AnyAsync(s => s.Id == order.SessionId && s.StartsAt <= now, token))
            {
                return OrdersProblems.SessionStarted;
            }
            var wasConfirmed = order.Status == OrderStatus.Confirmed;
            order.Status = OrderStatus.Cancelled;
            order.CancelledAt = now;
            await db.SaveChangesAsync(token);
            if (wasConfirmed)
            {
                await db.Sessions.Where(s => s.Id == order.SessionId && s.Confirmed > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed - 1), token);
                await seats.FillFreeSeatsAsync(order.SessionId, token);
            }
            if (byStaff)
            {
                log.Add(OperationKind.Updated, nameof(Order), order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "代取消点单", target.UnionId, new { Status = wasConfirmed ? OrderStatus.Confirmed : OrderStatus.Waitlisted }, new { order.Status });
                await db.SaveChangesAsync(token);
            }
            return OrderView.From(order, null);
        }, ct);
    }
}

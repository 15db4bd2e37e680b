using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

/// <summary>Who orders: empty for oneself; a worker's id for staff ordering on that worker's behalf (代点单).</summary>
public sealed record PlaceOrderRequest
{
    /// <summary>Staff only: the worker ordered for (a worker without a phone, at the site's desk).</summary>
    public Guid? ForUserId { get; set; }
}

/// <summary>An order and whether this call created it (201) or found it (200).</summary>
/// <param name="Order">The order.</param>
/// <param name="Created">False when the worker already had a live order for the session.</param>
public sealed record PlacedOrder(OrderView Order, bool Created);

/// <summary>
/// A seat in a session (点单): confirmed while seats remain, otherwise on the waiting list with a position. The
/// seat is taken by one conditional statement (<c>Confirmed &lt; Capacity</c>) inside a transaction that also
/// issues the waiting-list ticket and inserts the order, so neither threads nor app nodes can oversell; the
/// database's check constraint and unique indexes stand behind it. Repeating the call returns the same order.
/// </summary>
public sealed class PlaceOrder(
    AppDbContext db, CurrentUser current, DataScope scope, IOptions<OrderingOptions> options, OperationLogWriter log, TimeProvider time)
{
    public async Task<Outcome<PlacedOrder>> HandleAsync(int sessionId, PlaceOrderRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } actor)
        {
            return CommonProblems.Unauthenticated;
        }
        var userId = request.ForUserId ?? actor;
        if (userId != actor)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            {
                return OrdersProblems.WorkerNotFound.WithError("forUserId", "未找到该职工");
            }
            if (!await UserScope.CoversAsync(db, await scope.GetAsync(ct), userId, ct))
            {
                return OrdersProblems.WorkerOutOfScope;
            }
        }

        // The session, and whether the worker already holds a live order for it, in one round trip.
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.MenuItemId,
                s.UnionId,
                s.Status,
                s.StartsAt,
                MenuStatus = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => db.Menus.Where(m => m.Id == i.MenuId).Select(m => m.Status).First()).First(),
                Holds = db.Orders.Any(o => o.SessionId == s.Id && o.UserId == userId && o.Status != OrderStatus.Cancelled),
            })
            .FirstOrDefaultAsync(ct);
        if (session is null)
        {
            return OrdersProblems.SessionNotFound;
        }
        if (session.Holds && await ExistingAsync(sessionId, userId, ct) is { } existing)
        {
            return new PlacedOrder(existing, Created: false);
        }
        var now = time.GetUtcNow();
        if (session.Status != SessionStatus.Scheduled || session.StartsAt <= now || session.MenuStatus != MenuStatus.Published)
        {
            return OrdersProblems.SessionClosed;
        }

        if (options.Value.UnguardedForTests)
        {
            return await UnguardedAsync(sessionId, session.MenuItemId, userId, actor, ct);
        }
        Outcome<ClaimedOrder> placed;
        try
        {
            placed = await db.InTransactionAsync<ClaimedOrder>(async token =>
            {
                // The worker's lock, the limits, the seat (or a ticket) and the order: see SeatClaims for how briefly the
                // session row stays locked.
                var claimed = await SeatClaims.ClaimAsync(db, new SeatClaim(sessionId, session.MenuItemId, userId, userId != actor ? actor : null, now,
                    options.Value.MaxLiveOrdersPerWorker, options.Value.MaxWaitlistedPerWorker), token);
                if (!claimed.Succeeded)
                {
                    return claimed.Problem;
                }
                var order = claimed.Value.Order;
                if (userId != actor)
                {
                    log.Add(OperationKind.Created, nameof(Order), order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "代点单", session.UnionId, null, new { order.SessionId, order.UserId, order.Status, order.WaitlistTicket });
                    await db.SaveChangesAsync(token);
                }
                return claimed.Value;
            }, ct);
        }
        catch (Exception e) when (e.IsUniqueViolation())
        {
            // The same worker's parallel request won; everything of this one was rolled back. Return theirs.
            db.ChangeTracker.Clear();
            var winner = await ExistingAsync(sessionId, userId, ct);
            return winner is null ? CommonProblems.Conflict : new PlacedOrder(winner, Created: false);
        }
        if (!placed.Succeeded)
        {
            return placed.Problem;
        }
        // A waiting place the claim did not count (SQLite) is counted after commit.
        var (mine, position) = placed.Value;
        if (position is null && mine.WaitlistTicket is { } ticket)
        {
            position = await WaitingList.PositionAsync(db, sessionId, ticket, ct);
        }
        return new PlacedOrder(OrderView.From(mine, position), Created: true);
    }

    private async Task<OrderView?> ExistingAsync(int sessionId, Guid userId, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking()
            .FirstOrDefaultAsync(o => o.SessionId == sessionId && o.UserId == userId && o.Status != OrderStatus.Cancelled, ct);
        if (order is null)
        {
            return null;
        }
        var position = order.WaitlistTicket is { } ticket && order.Status == OrderStatus.Waitlisted
            ? await WaitingList.PositionAsync(db, sessionId, ticket, ct)
            : (int?)null;
        return OrderView.From(order, position);
    }

    /// <summary>
    /// The control for the concurrency tests: the naive read-then-write that the guarded path replaces. Refused
    /// outside the Testing environment (see <see cref="OrdersApi.AddOrdersFeature"/>).
    /// </summary>
    private async Task<Outcome<PlacedOrder>> UnguardedAsync(int sessionId, int menuItemId, Guid userId, Guid actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var capacity = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Capacity).SingleAsync(ct);
        var confirmed = await db.Orders.CountAsync(o => o.SessionId == sessionId && o.Status == OrderStatus.Confirmed, ct);
        await Task.Delay(5, ct);
        var order = new Order { SessionId = sessionId, MenuItemId = menuItemId, UserId = userId, CreatedAt = now, PlacedBy = userId == actor ? null : actor };
        if (confirmed < capacity)
        {
            order.Status = OrderStatus.Confirmed;
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, Math.Min(capacity, confirmed + 1)), ct);
        }
        else
        {
            order.Status = OrderStatus.Waitlisted;
            order.WaitlistTicket = await db.Orders.Where(o => o.SessionId == sessionId).MaxAsync(o => o.WaitlistTicket, ct) + 1 ?? 1;
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return new PlacedOrder(OrderView.From(order, order.WaitlistTicket), Created: true);
    }
}

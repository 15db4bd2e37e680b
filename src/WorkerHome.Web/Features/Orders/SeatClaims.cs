using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

/// <summary>What to claim: the session, its item, whose order, placed by whom (代点单), when, and whether a waiting ticket is allowed.</summary>
internal sealed record SeatClaim(int SessionId, int MenuItemId, Guid UserId, Guid? PlacedBy, DateTimeOffset Now, bool MayWait);

/// <summary>
/// Takes a seat (or else a waiting-list ticket) and writes the order, inside the caller's transaction. The seat is one
/// conditional UPDATE (<c>Confirmed &lt; Capacity</c>), so it cannot be oversold; from that UPDATE on, the session row
/// is locked until the commit, and every other order of the session waits. So the locked stretch is kept as short as
/// the database allows:
/// on PostgreSQL the UPDATE and the order's INSERT are one statement (a data-modifying CTE), and the lock is held for
/// that statement and the commit; on SQLite, where a write transaction holds the whole database anyway, EF does it in
/// separate statements.
/// </summary>
internal static class SeatClaims
{
    public static Task<Outcome<Order>> ClaimAsync(AppDbContext db, SeatClaim claim, CancellationToken ct) =>
        db.IsPostgres() ? OnPostgresAsync(db, claim, ct) : ThroughEfAsync(db, claim, ct);

    private static async Task<Outcome<Order>> OnPostgresAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        var scheduled = (int)SessionStatus.Scheduled;
        var confirmed = (int)OrderStatus.Confirmed;
        var seat = await FirstAsync(db.Database.SqlQuery<ClaimedRow>($"""
            WITH seat AS (
                UPDATE "Sessions" SET "Confirmed" = "Confirmed" + 1
                WHERE "Id" = {c.SessionId} AND "Status" = {scheduled} AND "StartsAt" > {c.Now} AND "Confirmed" < "Capacity"
                RETURNING "Id")
            INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "PlacedBy", "CreatedAt", "ConfirmedAt")
            SELECT {c.SessionId}, {c.MenuItemId}, {c.UserId}, {confirmed}, CAST({c.PlacedBy} AS uuid), {c.Now}, {c.Now} FROM seat
            RETURNING "Id", "WaitlistTicket"
            """), ct);
        if (seat is not null)
        {
            return Built(c, seat, OrderStatus.Confirmed);
        }
        if (!c.MayWait)
        {
            return OrdersProblems.WaitlistLimit;
        }
        var waitlisted = (int)OrderStatus.Waitlisted;
        var ticket = await FirstAsync(db.Database.SqlQuery<ClaimedRow>($"""
            WITH ticket AS (
                UPDATE "Sessions" SET "WaitlistTickets" = "WaitlistTickets" + 1
                WHERE "Id" = {c.SessionId} AND "Status" = {scheduled} AND "StartsAt" > {c.Now}
                RETURNING "WaitlistTickets")
            INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "WaitlistTicket", "PlacedBy", "CreatedAt")
            SELECT {c.SessionId}, {c.MenuItemId}, {c.UserId}, {waitlisted}, "WaitlistTickets", CAST({c.PlacedBy} AS uuid), {c.Now} FROM ticket
            RETURNING "Id", "WaitlistTicket"
            """), ct);
        return ticket is null ? OrdersProblems.SessionClosed : Built(c, ticket, OrderStatus.Waitlisted);
    }

    private static async Task<Outcome<Order>> ThroughEfAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        var seated = await db.Sessions
            .Where(s => s.Id == c.SessionId && s.Status == SessionStatus.Scheduled && s.StartsAt > c.Now && s.Confirmed < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Confirmed, x => x.Confirmed + 1), ct);
        var order = new Order { SessionId = c.SessionId, MenuItemId = c.MenuItemId, UserId = c.UserId, PlacedBy = c.PlacedBy, CreatedAt = c.Now };
        if (seated == 1)
        {
            order.Status = OrderStatus.Confirmed;
            order.ConfirmedAt = c.Now;
        }
        else
        {
            if (!c.MayWait)
            {
                return OrdersProblems.WaitlistLimit;
            }
            var ticketed = await db.Sessions
                .Where(s => s.Id == c.SessionId && s.Status == SessionStatus.Scheduled && s.StartsAt > c.Now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitlistTickets, x => x.WaitlistTickets + 1), ct);
            if (ticketed != 1)
            {
                return OrdersProblems.SessionClosed;
            }
            order.Status = OrderStatus.Waitlisted;
            order.WaitlistTicket = await db.Sessions.Where(s => s.Id == c.SessionId).Select(s => s.WaitlistTickets).SingleAsync(ct);
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    private static Order Built(SeatClaim c, ClaimedRow row, OrderStatus status) => new()
    {
        Id = row.Id,
        SessionId = c.SessionId,
        MenuItemId = c.MenuItemId,
        UserId = c.UserId,
        PlacedBy = c.PlacedBy,
        Status = status,
        WaitlistTicket = row.WaitlistTicket,
        CreatedAt = c.Now,
        ConfirmedAt = status == OrderStatus.Confirmed ? c.Now : null,
    };

    // The statement is not composable (it writes), so it is read as it comes rather than wrapped in a SELECT.
    private static async Task<ClaimedRow?> FirstAsync(IQueryable<ClaimedRow> statement, CancellationToken ct)
    {
        await foreach (var row in statement.AsAsyncEnumerable().WithCancellation(ct))
        {
            return row;
        }
        return null;
    }

    private sealed record ClaimedRow(int Id, int? WaitlistTicket);
}

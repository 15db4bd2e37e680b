using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Orders;

/// <summary>
/// What to claim: the session, its item, whose order, placed by whom (代点单), when, and the worker's limits (live
/// orders on sessions still to come, waiting-list tickets among them).
/// </summary>
internal sealed record SeatClaim(int SessionId, int MenuItemId, Guid UserId, Guid? PlacedBy, DateTimeOffset Now, int MaxLive, int MaxWaiting);

/// <summary>
/// Checks the worker's limits, takes a seat (or else a waiting-list ticket) and writes the order, inside the caller's
/// transaction and after the caller has taken the worker's order lock (<see cref="PersonLock.Orders"/>), so the
/// limits counted here cannot be passed by the same worker's parallel request on any node. The seat is a conditional
/// UPDATE (<c>Confirmed &lt; Capacity</c>), so it cannot be oversold; from that UPDATE on, the session row is locked
/// until the commit and every other order of the session waits. So the locked stretch is kept as short as the
/// database allows:
/// on PostgreSQL the limit count, the seat or ticket and the order's INSERT are one statement (data-modifying CTEs;
/// its snapshot is taken after the worker's lock was granted, so it sees every order that lock protected), and the
/// session row is locked for that statement and the commit; on SQLite, where a write transaction holds the whole
/// database anyway, EF does it in separate statements.
/// </summary>
internal static class SeatClaims
{
    public static Task<Outcome<Order>> ClaimAsync(AppDbContext db, SeatClaim claim, CancellationToken ct) =>
        db.IsPostgres() ? OnPostgresAsync(db, claim, ct) : ThroughEfAsync(db, claim, ct);

    private static async Task<Outcome<Order>> OnPostgresAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        var scheduled = (int)SessionStatus.Scheduled;
        var (confirmed, waitlisted, cancelled) = ((int)OrderStatus.Confirmed, (int)OrderStatus.Waitlisted, (int)OrderStatus.Cancelled);
        // "ticket" runs only when "seat" took nothing (its NOT EXISTS is a one-time filter that runs "seat" first), so
        // the session row is changed by at most one of them.
        var rows = db.Database.SqlQuery<ClaimedRow>($"""
            WITH mine AS (
                SELECT count(*)::int AS "Live", (count(*) FILTER (WHERE o."Status" = {waitlisted}))::int AS "Waiting"
                FROM "Orders" o JOIN "Sessions" s ON s."Id" = o."SessionId"
                WHERE o."UserId" = {c.UserId} AND o."Status" <> {cancelled} AND s."StartsAt" > {c.Now}),
            seat AS (
                UPDATE "Sessions" SET "Confirmed" = "Confirmed" + 1
                WHERE "Id" = {c.SessionId} AND "Status" = {scheduled} AND "StartsAt" > {c.Now} AND "Confirmed" < "Capacity"
                  AND (SELECT "Live" FROM mine) < {c.MaxLive}
                RETURNING "Id"),
            ticket AS (
                UPDATE "Sessions" SET "WaitlistTickets" = "WaitlistTickets" + 1
                WHERE "Id" = {c.SessionId} AND "Status" = {scheduled} AND "StartsAt" > {c.Now}
                  AND NOT EXISTS (SELECT 1 FROM seat) AND (SELECT "Live" FROM mine) < {c.MaxLive} AND (SELECT "Waiting" FROM mine) < {c.MaxWaiting}
                RETURNING "WaitlistTickets"),
            claimed AS (
                SELECT {confirmed} AS status, NULL::int AS ticket FROM seat
                UNION ALL SELECT {waitlisted}, "WaitlistTickets" FROM ticket),
            placed AS (
                INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "WaitlistTicket", "PlacedBy", "CreatedAt", "ConfirmedAt")
                SELECT {c.SessionId}, {c.MenuItemId}, {c.UserId}, status, ticket, CAST({c.PlacedBy} AS uuid), {c.Now},
                       CASE WHEN status = {confirmed} THEN {c.Now} END
                FROM claimed
                RETURNING "Id", "Status", "WaitlistTicket")
            SELECT p."Id", p."Status", p."WaitlistTicket", m."Live", m."Waiting" FROM mine m LEFT JOIN placed p ON true
            """);
        var row = await FirstAsync(rows, ct) ?? throw new InvalidOperationException("The claim statement returned no row.");
        if (row.Id is { } id && row.Status is { } status)
        {
            return Built(c, id, (OrderStatus)status, row.WaitlistTicket);
        }
        return row.Live >= c.MaxLive ? OrdersProblems.LiveLimit
            : row.Waiting >= c.MaxWaiting ? OrdersProblems.WaitlistLimit
            : OrdersProblems.SessionClosed;
    }

    private static async Task<Outcome<Order>> ThroughEfAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        var limits = await db.Orders.Where(o => o.UserId == c.UserId && o.Status != OrderStatus.Cancelled
                && db.Sessions.Any(s => s.Id == o.SessionId && s.StartsAt > c.Now))
            .GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (limits.Sum(l => l.Count) >= c.MaxLive)
        {
            return OrdersProblems.LiveLimit;
        }
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
            if (limits.Where(l => l.Status == OrderStatus.Waitlisted).Sum(l => l.Count) >= c.MaxWaiting)
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

    private static Order Built(SeatClaim c, int id, OrderStatus status, int? ticket) => new()
    {
        Id = id,
        SessionId = c.SessionId,
        MenuItemId = c.MenuItemId,
        UserId = c.UserId,
        PlacedBy = c.PlacedBy,
        Status = status,
        WaitlistTicket = ticket,
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

    /// <summary>The order written, if any, and the worker's live and waiting orders counted before it.</summary>
    private sealed record ClaimedRow(int? Id, int? Status, int? WaitlistTicket, int Live, int Waiting);
}

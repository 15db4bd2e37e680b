using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
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

/// <summary>An order just written, and its place on the waiting list when the claim counted it in the same batch.</summary>
internal sealed record ClaimedOrder(Order Order, int? Position);

/// <summary>
/// Takes the worker's order lock (<see cref="PersonLock.Orders"/>), checks the worker's limits, takes a seat (or else
/// a waiting-list ticket) and writes the order, inside the caller's transaction, so the limits counted here cannot be
/// passed by the same worker's parallel request on any node. The seat is a conditional UPDATE (<c>Confirmed &lt;
/// Capacity</c>), so it cannot be oversold; from that UPDATE on, the session row is locked until the commit and every
/// other order of the session waits. So the locked stretch is kept as short as the database allows:
/// on PostgreSQL the limit count, the seat or ticket and the order's INSERT are one statement (data-modifying CTEs),
/// sent in one batch after the worker's lock and before a count of the new ticket's place on the waiting list.
/// PostgreSQL runs a batch's statements one after the other, each with its own snapshot, so the claim's snapshot is
/// taken after the lock was granted and sees every order that lock protected, and the place is counted after the
/// claim took the session row. An order is then one round trip for the lock, the claim and the place, and one for
/// the commit. On SQLite, where a write transaction holds the whole database anyway, EF does it in separate
/// statements and the caller counts the place after commit.
/// </summary>
internal static class SeatClaims
{
    private static readonly string ClaimSql = ClaimStatement();
    private static readonly string PositionSql = PositionStatement();

    public static Task<Outcome<ClaimedOrder>> ClaimAsync(AppDbContext db, SeatClaim claim, CancellationToken ct) =>
        db.IsPostgres() ? OnPostgresAsync(db, claim, ct) : ThroughEfAsync(db, claim, ct);

    private static async Task<Outcome<ClaimedOrder>> OnPostgresAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PersonLocks.BatchCommand(PersonLock.Orders, c.UserId),
                new NpgsqlBatchCommand(ClaimSql)
                {
                    Parameters =
                    {
                        new() { Value = c.UserId }, new() { Value = c.Now }, new() { Value = c.SessionId }, new() { Value = c.MaxLive },
                        new() { Value = c.MaxWaiting }, new() { Value = c.MenuItemId },
                        new() { Value = c.PlacedBy is { } by ? by : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                    },
                },
                new NpgsqlBatchCommand(PositionSql) { Parameters = { new() { Value = c.SessionId }, new() { Value = c.UserId } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        // The lock's row, the claim's one row, then the place's row (none when no ticket was written).
        if (!await reader.NextResultAsync(ct) || !await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("The claim statement returned no row.");
        }
        int? Int(int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);
        var (id, status, ticket, live, waiting) = (Int(0), Int(1), Int(2), reader.GetInt32(3), reader.GetInt32(4));
        // The new ticket's place, when one was written.
        int? position = await reader.NextResultAsync(ct) && await reader.ReadAsync(ct) ? reader.GetInt32(0) : null;
        if (id is { } orderId && status is { } orderStatus)
        {
            return new ClaimedOrder(Built(c, orderId, (OrderStatus)orderStatus, ticket), position);
        }
        return live >= c.MaxLive ? OrdersProblems.LiveLimit
            : waiting >= c.MaxWaiting ? OrdersProblems.WaitlistLimit
            : OrdersProblems.SessionClosed;
    }

    /// <summary>
    /// The claim: $1 worker, $2 now, $3 session, $4 live limit, $5 waiting limit, $6 menu item, $7 placed by. "ticket"
    /// runs only when "seat" took nothing (its NOT EXISTS is a one-time filter that runs "seat" first), so the session
    /// row is changed by at most one of them.
    /// </summary>
    private static string ClaimStatement()
    {
        var scheduled = (int)SessionStatus.Scheduled;
        var (confirmed, waitlisted, cancelled) = ((int)OrderStatus.Confirmed, (int)OrderStatus.Waitlisted, (int)OrderStatus.Cancelled);
        return string.Create(CultureInfo.InvariantCulture, $"""
            WITH mine AS (
                SELECT count(*)::int AS "Live", (count(*) FILTER (WHERE o."Status" = {waitlisted}))::int AS "Waiting"
                FROM "Orders" o JOIN "Sessions" s ON s."Id" = o."SessionId"
                WHERE o."UserId" = $1 AND o."Status" <> {cancelled} AND s."StartsAt" > $2),
            seat AS (
                UPDATE "Sessions" SET "Confirmed" = "Confirmed" + 1
                WHERE "Id" = $3 AND "Status" = {scheduled} AND "StartsAt" > $2 AND "Confirmed" < "Capacity"
                  AND (SELECT "Live" FROM mine) < $4
                RETURNING "Id"),
            ticket AS (
                UPDATE "Sessions" SET "WaitlistTickets" = "WaitlistTickets" + 1
                WHERE "Id" = $3 AND "Status" = {scheduled} AND "StartsAt" > $2
                  AND NOT EXISTS (SELECT 1 FROM seat) AND (SELECT "Live" FROM mine) < $4 AND (SELECT "Waiting" FROM mine) < $5
                RETURNING "WaitlistTickets"),
            claimed AS (
                SELECT {confirmed} AS status, NULL::int AS ticket FROM seat
                UNION ALL SELECT {waitlisted}, "WaitlistTickets" FROM ticket),
            placed AS (
                INSERT INTO "Orders" ("SessionId", "MenuItemId", "UserId", "Status", "WaitlistTicket", "PlacedBy", "CreatedAt", "ConfirmedAt")
                SELECT $3, $6, $1, status, ticket, $7, $2, CASE WHEN status = {confirmed} THEN $2 END
                FROM claimed
                RETURNING "Id", "Status", "WaitlistTicket")
            SELECT p."Id", p."Status", p."WaitlistTicket", m."Live", m."Waiting"
            FROM mine m LEFT JOIN placed p ON true
            """);
    }

    /// <summary>
    /// The place of the worker's new ticket ($1 session, $2 worker): the ticket minus the earlier tickets that left the
    /// list (<see cref="WaitingList"/>), counted from their partial index. A statement of its own, after the claim:
    /// the claim's snapshot was taken before it waited for the session row, so a cancellation that committed during
    /// that wait (cancelling locks the same row) is visible only to a later statement. From the claim on, this
    /// transaction holds the row, so no cancellation can slip in between. The worker's live order of the session is
    /// unique (an index), so this is one row, or none when the claim wrote no ticket.
    /// </summary>
    private static string PositionStatement()
    {
        var waitlisted = (int)OrderStatus.Waitlisted;
        return string.Create(CultureInfo.InvariantCulture, $"""
            SELECT o."WaitlistTicket" - (SELECT count(*)::int FROM "Orders" w
                                         WHERE w."SessionId" = $1 AND w."WaitlistTicket" < o."WaitlistTicket" AND w."Status" <> {waitlisted})
            FROM "Orders" o
            WHERE o."SessionId" = $1 AND o."UserId" = $2 AND o."Status" = {waitlisted}
            """);
    }

    private static async Task<Outcome<ClaimedOrder>> ThroughEfAsync(AppDbContext db, SeatClaim c, CancellationToken ct)
    {
        await PersonLocks.LockAsync(db, PersonLock.Orders, c.UserId, ct);
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
        return new ClaimedOrder(order, null);
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
}

using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Statistics.Tallies;

/// <summary>
/// Keeps the dashboard's counters in step with the rows they count. Each method runs inside the caller's transaction,
/// right after the row it reflects is written, so a counter never lives without its row or the other way round:
/// session tallies move by an atomic increment (INSERT … ON CONFLICT DO UPDATE), and a worker's visitor rows are
/// added or recounted under the worker's lock, one row per union on the path from the root to the record's union.
/// </summary>
public sealed class StatisticsTallies(AppDbContext db)
{
    private sealed record SessionPlace(int UnionId, int? SiteId, string Path, DateTimeOffset StartsAt, SessionStatus Status);

    /// <summary>A check-in was written (attended: it was on a confirmed order).</summary>
    public async Task CheckedInAsync(int sessionId, Guid userId, bool attended, CancellationToken ct)
    {
        var place = await PlaceAsync(sessionId, ct);
        await AddAsync(sessionId, place, new SessionCounts(CheckIns: 1, Attended: attended ? 1 : 0), ct);
        if (place.Status == SessionStatus.Scheduled)
        {
            await AddVisitorAsync(userId, place.Path, place.StartsAt, ct);
        }
    }

    /// <summary>A check-in was taken back: one fewer, and the worker stays a visitor only where another record keeps them.</summary>
    public async Task CheckInUndoneAsync(int sessionId, Guid userId, bool attended, CancellationToken ct)
    {
        var place = await PlaceAsync(sessionId, ct);
        await AddAsync(sessionId, place, new SessionCounts(CheckIns: -1, Attended: attended ? -1 : 0), ct);
        await RecountVisitorAsync(userId, place.Path, place.StartsAt, ct);
    }

    /// <summary>
    /// A session was cancelled: its counters leave its cell (a cancelled session is not held), and the workers already
    /// checked in are recounted (it no longer serves them).
    /// </summary>
    public async Task SessionCancelledAsync(int sessionId, CancellationToken ct)
    {
        var place = await PlaceAsync(sessionId, ct);
        if (await db.SessionTallies.AsNoTracking().FirstOrDefaultAsync(t => t.SessionId == sessionId, ct) is { } t)
        {
            await AddToCellAsync(place, -new SessionCounts(t.CheckIns, t.Attended, t.Feedbacks, t.Ratings, t.Stars, t.Satisfied, t.Low), ct);
        }
        var users = await db.CheckIns.Where(c => c.SessionId == sessionId).Select(c => c.UserId).ToListAsync(ct);
        foreach (var user in users)
        {
            await RecountVisitorAsync(user, place.Path, place.StartsAt, ct);
        }
    }

    /// <summary>Feedback was given.</summary>
    public async Task FeedbackGivenAsync(SessionFeedback feedback, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        int Good(int? stars) => stars >= 4 ? 1 : 0;
        var f = feedback;
        var place = await PlaceAsync(f.SessionId, ct);
        await AddAsync(f.SessionId, place, new SessionCounts(Feedbacks: 1, Ratings: f.VenueStars is null ? 2 : 3,
            Stars: f.ContentStars + f.ProviderStars + (f.VenueStars ?? 0), Satisfied: Good(f.ContentStars) + Good(f.ProviderStars) + Good(f.VenueStars),
            Low: f.IsLow ? 1 : 0), ct);
    }

    /// <summary>A need was received.</summary>
    public async Task NeedReceivedAsync(int unionId, DateTimeOffset createdAt, CancellationToken ct)
    {
        var month = MonthKeys.Of(createdAt);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StatNeedTallies" ("UnionId", "Month", "Needs") VALUES ({unionId}, {month}, 1)
            ON CONFLICT ("UnionId", "Month") DO UPDATE SET "Needs" = "StatNeedTallies"."Needs" + 1
            """, ct);
    }

    /// <summary>A room booking was checked in.</summary>
    public async Task RoomCheckedInAsync(int bookingId, CancellationToken ct)
    {
        var booking = await (from b in db.RoomBookings
                             where b.Id == bookingId
                             join u in db.Unions on b.UnionId equals u.Id
                             select new { b.UserId, u.Path, b.StartsAt }).SingleAsync(ct);
        await AddVisitorAsync(booking.UserId, booking.Path, booking.StartsAt, ct);
    }

    private Task<SessionPlace> PlaceAsync(int sessionId, CancellationToken ct) =>
        (from s in db.Sessions
         where s.Id == sessionId
         join u in db.Unions on s.UnionId equals u.Id
         select new SessionPlace(s.UnionId, s.SiteId, u.Path, s.StartsAt, s.Status)).SingleAsync(ct);

    /// <summary>Moves the session's counters, and its cell's while the session is held.</summary>
    private async Task AddAsync(int sessionId, SessionPlace place, SessionCounts c, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StatSessionTallies" ("SessionId", "CheckIns", "Attended", "Feedbacks", "Ratings", "Stars", "Satisfied", "Low")
            VALUES ({sessionId}, {c.CheckIns}, {c.Attended}, {c.Feedbacks}, {c.Ratings}, {c.Stars}, {c.Satisfied}, {c.Low})
            ON CONFLICT ("SessionId") DO UPDATE SET
                "CheckIns" = "StatSessionTallies"."CheckIns" + excluded."CheckIns",
                "Attended" = "StatSessionTallies"."Attended" + excluded."Attended",
                "Feedbacks" = "StatSessionTallies"."Feedbacks" + excluded."Feedbacks",
                "Ratings" = "StatSessionTallies"."Ratings" + excluded."Ratings",
                "Stars" = "StatSessionTallies"."Stars" + excluded."Stars",
                "Satisfied" = "StatSessionTallies"."Satisfied" + excluded."Satisfied",
                "Low" = "StatSessionTallies"."Low" + excluded."Low"
            """, ct);
        if (place.Status == SessionStatus.Scheduled)
        {
            await AddToCellAsync(place, c, ct);
        }
    }

    private async Task AddToCellAsync(SessionPlace place, SessionCounts c, CancellationToken ct)
    {
        var (site, month) = (place.SiteId ?? 0, MonthKeys.Of(place.StartsAt));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StatCellTallies" ("UnionId", "Month", "SiteKey", "Orders", "CheckIns", "Attended", "Feedbacks", "Ratings", "Stars", "Satisfied", "Low")
            VALUES ({place.UnionId}, {month}, {site}, 0, {c.CheckIns}, {c.Attended}, {c.Feedbacks}, {c.Ratings}, {c.Stars}, {c.Satisfied}, {c.Low})
            ON CONFLICT ("UnionId", "Month", "SiteKey") DO UPDATE SET
                "CheckIns" = "StatCellTallies"."CheckIns" + excluded."CheckIns",
                "Attended" = "StatCellTallies"."Attended" + excluded."Attended",
                "Feedbacks" = "StatCellTallies"."Feedbacks" + excluded."Feedbacks",
                "Ratings" = "StatCellTallies"."Ratings" + excluded."Ratings",
                "Stars" = "StatCellTallies"."Stars" + excluded."Stars",
                "Satisfied" = "StatCellTallies"."Satisfied" + excluded."Satisfied",
                "Low" = "StatCellTallies"."Low" + excluded."Low"
            """, ct);
    }

    /// <summary>
    /// The worker was served on every union of the path in that month; the year's first month can only move earlier.
    /// The unions' counts (<see cref="VisitorTally"/>) move with the rows that actually changed.
    /// </summary>
    private async Task AddVisitorAsync(Guid userId, string path, DateTimeOffset at, CancellationToken ct)
    {
        await PersonLocks.LockAsync(db, PersonLock.Visits, userId, ct);
        var nodes = UnionPaths.Ids(path);
        var month = MonthKeys.Of(at);
        var counts = new VisitorCounts();
        counts.Served(await InsertMonthsAsync(userId, nodes, month, ct), month, +1);
        var before = await FirstMonthsAsync(userId, nodes, month / 100, ct);
        await UpsertYearsAsync(userId, nodes.Select(n => (n, month)).ToList(), keepEarlier: true, ct);
        foreach (var node in nodes)
        {
            var old = before.GetValueOrDefault(node);
            counts.FirstMonthMoved(node, old, old is { } o && o < month ? o : month);
        }
        await counts.WriteAsync(db, ct);
    }

    /// <summary>
    /// Counts the worker again on every union of the path for that month from the check-ins and room bookings that
    /// remain, and sets each of those unions' first month of the year from the month rows.
    /// </summary>
    private async Task RecountVisitorAsync(Guid userId, string path, DateTimeOffset at, CancellationToken ct)
    {
        await PersonLocks.LockAsync(db, PersonLock.Visits, userId, ct);
        var nodes = UnionPaths.Ids(path);
        var month = MonthKeys.Of(at);
        var first = MonthKeys.FirstDay(month);
        var (start, end) = (ChinaTime.FromLocal(first, TimeOnly.MinValue), ChinaTime.FromLocal(first.AddMonths(1), TimeOnly.MinValue));
        var sessionPaths = from c in db.CheckIns
                           where c.UserId == userId
                           join s in db.Sessions on c.SessionId equals s.Id
                           where s.Status == SessionStatus.Scheduled && s.StartsAt >= start && s.StartsAt < end
                           join u in db.Unions on s.UnionId equals u.Id
                           select u.Path;
        var bookingPaths = from b in db.RoomBookings
                           where b.UserId == userId && b.CheckedInAt != null && b.StartsAt >= start && b.StartsAt < end
                           join u in db.Unions on b.UnionId equals u.Id
                           select u.Path;
        var served = (await sessionPaths.Concat(bookingPaths).ToListAsync(ct)).SelectMany(UnionPaths.Ids).ToHashSet();
        var keep = nodes.Where(served.Contains).ToList();
        var drop = nodes.Where(n => !served.Contains(n)).ToList();
        var counts = new VisitorCounts();
        counts.Served(await InsertMonthsAsync(userId, keep, month, ct), month, +1);
        counts.Served(await DeleteMonthsAsync(userId, drop, month, ct), month, -1);

        var year = month / 100;
        var before = await FirstMonthsAsync(userId, nodes, year, ct);
        var firsts = await db.VisitorMonths.Where(v => nodes.Contains(v.UnionId) && v.UserId == userId && v.Month > year * 100 && v.Month <= year * 100 + 12)
            .GroupBy(v => v.UnionId).Select(g => new { UnionId = g.Key, First = g.Min(v => v.Month) }).ToListAsync(ct);
        await UpsertYearsAsync(userId, firsts.Select(f => (f.UnionId, f.First)).ToList(), keepEarlier: false, ct);
        var gone = nodes.Where(n => firsts.All(f => f.UnionId != n)).ToList();
        await db.VisitorYears.Where(v => gone.Contains(v.UnionId) && v.Year == year && v.UserId == userId).ExecuteDeleteAsync(ct);
        foreach (var node in nodes)
        {
            counts.FirstMonthMoved(node, before.GetValueOrDefault(node), firsts.FirstOrDefault(f => f.UnionId == node)?.First);
        }
        await counts.WriteAsync(db, ct);
    }

    /// <summary>The worker's first month (yyyyMM) of the year on each of the unions that have one.</summary>
    private async Task<Dictionary<int, int?>> FirstMonthsAsync(Guid userId, IReadOnlyList<int> nodes, int year, CancellationToken ct) =>
        await db.VisitorYears.Where(v => nodes.Contains(v.UnionId) && v.Year == year && v.UserId == userId)
            .ToDictionaryAsync(v => v.UnionId, v => (int?)(year * 100 + v.FirstMonth), ct);

    /// <summary>Adds the month rows that are missing; returns the unions that got one.</summary>
    private async Task<List<int>> InsertMonthsAsync(Guid userId, IReadOnlyList<int> nodes, int month, CancellationToken ct)
    {
        if (nodes.Count == 0)
        {
            return [];
        }
        var sql = new StringBuilder("INSERT INTO \"StatVisitorMonths\" (\"UnionId\", \"Month\", \"UserId\") VALUES ");
        var args = new List<object>();
        foreach (var node in nodes)
        {
            sql.Append(args.Count == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{args.Count}}}, {{{args.Count + 1}}}, {{{args.Count + 2}}})");
            args.AddRange([node, month, userId]);
        }
        sql.Append(" ON CONFLICT DO NOTHING RETURNING \"UnionId\" AS \"Value\"");
        return await db.Database.SqlQueryRaw<int>(sql.ToString(), [.. args]).ToListAsync(ct);
    }

    /// <summary>Removes the month rows of those unions; returns the unions that had one.</summary>
    private async Task<List<int>> DeleteMonthsAsync(Guid userId, List<int> nodes, int month, CancellationToken ct)
    {
        if (nodes.Count == 0)
        {
            return [];
        }
        var sql = new StringBuilder("DELETE FROM \"StatVisitorMonths\" WHERE \"UserId\" = {0} AND \"Month\" = {1} AND \"UnionId\" IN (");
        var args = new List<object> { userId, month };
        foreach (var node in nodes)
        {
            sql.Append(args.Count == 2 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"{{{args.Count}}}");
            args.Add(node);
        }
        sql.Append(") RETURNING \"UnionId\" AS \"Value\"");
        return await db.Database.SqlQueryRaw<int>(sql.ToString(), [.. args]).ToListAsync(ct);
    }

    private async Task UpsertYearsAsync(Guid userId, IReadOnlyList<(int UnionId, int Month)> rows, bool keepEarlier, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var sql = new StringBuilder("INSERT INTO \"StatVisitorYears\" (\"UnionId\", \"Year\", \"UserId\", \"FirstMonth\") VALUES ");
        var args = new List<object>();
        foreach (var (unionId, month) in rows)
        {
            sql.Append(args.Count == 0 ? "" : ", ")
                .Append(CultureInfo.InvariantCulture, $"({{{args.Count}}}, {{{args.Count + 1}}}, {{{args.Count + 2}}}, {{{args.Count + 3}}})");
            args.AddRange([unionId, month / 100, userId, month % 100]);
        }
        sql.Append(" ON CONFLICT (\"UnionId\", \"Year\", \"UserId\") DO UPDATE SET \"FirstMonth\" = ").Append(keepEarlier
            ? "CASE WHEN excluded.\"FirstMonth\" < \"StatVisitorYears\".\"FirstMonth\" THEN excluded.\"FirstMonth\" ELSE \"StatVisitorYears\".\"FirstMonth\" END"
            : "excluded.\"FirstMonth\"");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), args, ct);
    }
}

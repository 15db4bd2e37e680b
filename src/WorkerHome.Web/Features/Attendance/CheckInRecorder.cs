using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Attendance;

/// <summary>A check-in as the API shows it.</summary>
/// <param name="Id">Check-in id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="UserId">The worker.</param>
/// <param name="OrderId">The confirmed order the worker came on; null for a walk-in.</param>
/// <param name="Method">QrCode, ByHand or Online.</param>
/// <param name="MethodName">The method in Chinese.</param>
/// <param name="IsWalkIn">Came without a confirmed order (现场参加).</param>
/// <param name="CheckedInAt">When (UTC).</param>
/// <param name="Time">When, in Beijing time (e.g. 12月2日 09:41).</param>
public sealed record CheckInView(int Id, int SessionId, Guid UserId, int? OrderId, CheckInMethod Method, string MethodName, bool IsWalkIn,
    DateTimeOffset CheckedInAt, string Time)
{
    public static CheckInView From(CheckIn c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.SessionId, c.UserId, c.OrderId, c.Method, c.Method.Chinese(), c.IsWalkIn, c.CheckedInAt, ChinaTime.FormatStamp(c.CheckedInAt));
    }
}

/// <summary>A check-in and whether this call made it (false: the worker had already checked in).</summary>
public sealed record RecordedCheckIn(CheckInView CheckIn, bool Created);

/// <summary>
/// Writes a check-in once per worker and session. The confirmed order, if any, is looked up at that moment; without
/// one the worker is a walk-in. Two requests racing for the same worker are settled by the unique index: the loser
/// catches the violation and returns the winner's row. The session's statistics move in the same transaction.
/// </summary>
public sealed class CheckInRecorder(AppDbContext db, StatisticsTallies tallies, TimeProvider time)
{
    public async Task<CheckIn?> FindAsync(int sessionId, Guid userId, CancellationToken ct) =>
        await db.CheckIns.AsNoTracking().FirstOrDefaultAsync(c => c.SessionId == sessionId && c.UserId == userId, ct);

    public async Task<RecordedCheckIn> RecordAsync(int sessionId, Guid userId, CheckInMethod method, Guid? recordedBy, CancellationToken ct)
    {
        if (await FindAsync(sessionId, userId, ct) is { } existing)
        {
            return new(CheckInView.From(existing), false);
        }
        var orderId = await db.Orders.AsNoTracking()
            .Where(o => o.SessionId == sessionId && o.UserId == userId && o.Status == OrderStatus.Confirmed)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        var checkIn = new CheckIn
        {
            SessionId = sessionId,
            UserId = userId,
            OrderId = orderId,
            IsWalkIn = orderId is null,
            Method = method,
            RecordedBy = recordedBy,
            CheckedInAt = time.GetUtcNow(),
        };
        try
        {
            await db.InTransactionAsync<Done>(async token =>
            {
                db.CheckIns.Add(checkIn);
                await db.SaveChangesAsync(token);
                await tallies.CheckedInAsync(sessionId, userId, attended: orderId is not null, token);
                return Done.Value;
            }, ct);
            return new(CheckInView.From(checkIn), true);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            var winner = await FindAsync(sessionId, userId, ct) ?? throw new InvalidOperationException("The check-in that won the race is gone.", e);
            return new(CheckInView.From(winner), false);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

/// <summary>
/// Takes back a by-hand check-in made by mistake (the wrong person picked), while check-in is still open. Check-ins
/// the worker made (QR code, online) stay: they are the worker's own record. The undo is written to the operation log.
/// </summary>
public sealed class UndoCheckIn(AppDbContext db, AttendanceAccess access, OperationLogWriter log, StatisticsTallies tallies, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int sessionId, Guid userId, CancellationToken ct)
    {
        var found = await access.ForDeliveryAsync(sessionId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        if (found.Value.Window.HasClosed(time.GetUtcNow()))
        {
            return AttendanceProblems.Closed;
        }
        var checkIn = await db.CheckIns.FirstOrDefaultAsync(c => c.SessionId == sessionId && c.UserId == userId, ct);
        if (checkIn is null)
        {
            return AttendanceProblems.CheckInNotFound;
        }
        if (checkIn.Method != CheckInMethod.ByHand)
        {
            return AttendanceProblems.NotByHand;
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            db.CheckIns.Remove(checkIn);
            log.Add(OperationKind.Deleted, nameof(CheckIn), checkIn.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"撤销人工签到（场次 {sessionId}）", found.Value.UnionId, new { checkIn.UserId, checkIn.Method, checkIn.CheckedInAt }, null);
            await db.SaveChangesAsync(token);
            await tallies.CheckInUndoneAsync(sessionId, userId, attended: checkIn.OrderId is not null, token);
            return Done.Value;
        }, ct);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

/// <summary>Where to go for an online session, and the check-in that entering made.</summary>
/// <param name="OnlineUrl">The meeting link.</param>
/// <param name="CheckIn">The worker's check-in (made now, or earlier).</param>
public sealed record JoinedOnline(string OnlineUrl, CheckInView CheckIn);

/// <summary>
/// A worker with a confirmed order enters an online session through the platform, inside the check-in window:
/// entering is the check-in (method Online), so online attendance is counted like the QR code on site.
/// </summary>
public sealed class JoinOnline(AppDbContext db, CurrentUser current, AttendanceAccess access, CheckInRecorder recorder, TimeProvider time)
{
    public async Task<Outcome<JoinedOnline>> HandleAsync(int sessionId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var session = await access.FindAsync(sessionId, ct);
        if (session is null)
        {
            return AttendanceProblems.SessionNotFound;
        }
        if (!session.Online || session.OnlineUrl is null)
        {
            return AttendanceProblems.NotOnline;
        }
        if (session.Status == SessionStatus.Cancelled)
        {
            return AttendanceProblems.SessionCancelled;
        }
        if (!await db.Orders.AnyAsync(o => o.SessionId == sessionId && o.UserId == userId && o.Status == OrderStatus.Confirmed, ct))
        {
            return AttendanceProblems.NoConfirmedOrder;
        }
        var now = time.GetUtcNow();
        if (now < session.Window.OpensAt)
        {
            return AttendanceProblems.NotOpen;
        }
        if (session.Window.HasClosed(now))
        {
            return AttendanceProblems.Closed;
        }
        var recorded = await recorder.RecordAsync(sessionId, userId, CheckInMethod.Online, null, ct);
        return new JoinedOnline(session.OnlineUrl, recorded.CheckIn);
    }
}

using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

/// <summary>The token read from the session's QR code.</summary>
public sealed record CheckInRequest
{
    /// <summary>The <c>t</c> parameter of the check-in page's address.</summary>
    [Required(ErrorMessage = "请扫描现场的签到二维码")]
    [StringLength(1000, ErrorMessage = "签到码无效")]
    public string? Token { get; init; }
}

/// <summary>
/// A signed-in worker checks in with the session's QR token, inside the check-in window. With a confirmed order the
/// check-in counts for it; otherwise (waiting list, no order) the worker is recorded as a walk-in. A second scan
/// returns the first check-in.
/// </summary>
public sealed class CheckInWithToken(CurrentUser current, CheckInTokens tokens, AttendanceAccess access, CheckInRecorder recorder, TimeProvider time)
{
    public async Task<Outcome<RecordedCheckIn>> HandleAsync(int sessionId, CheckInRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        if (tokens.Read(request.Token) is not { } ticket)
        {
            return AttendanceProblems.TokenInvalid;
        }
        if (ticket.SessionId != sessionId)
        {
            return AttendanceProblems.TokenOfOtherSession;
        }
        var session = await access.FindAsync(sessionId, ct);
        if (session is null)
        {
            return AttendanceProblems.SessionNotFound;
        }
        if (session.Status == SessionStatus.Cancelled)
        {
            return AttendanceProblems.SessionCancelled;
        }
        // A worker who scans again after the window still sees the check-in already made.
        if (await recorder.FindAsync(sessionId, userId, ct) is { } existing)
        {
            return new RecordedCheckIn(CheckInView.From(existing), false);
        }
        var now = time.GetUtcNow();
        if (now < session.Window.OpensAt)
        {
            return AttendanceProblems.NotOpen;
        }
        if (now >= ticket.ExpiresAt || session.Window.HasClosed(now))
        {
            return AttendanceProblems.Closed;
        }
        return await recorder.RecordAsync(sessionId, userId, CheckInMethod.QrCode, null, ct);
    }
}

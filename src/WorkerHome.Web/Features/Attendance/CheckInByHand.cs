using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

/// <summary>Whom to check in by hand: an account id, or the mobile number the person gives at the desk.</summary>
public sealed record ByHandRequest
{
    /// <summary>The worker's account id (from the roster).</summary>
    public Guid? UserId { get; init; }

    /// <summary>The worker's mobile number (11 digits), for someone not on the roster.</summary>
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? Phone { get; init; }
}

/// <summary>
/// Staff of the session's subtree, or its volunteer, check a worker in by hand while check-in is open (a worker
/// without a phone, or whose scan failed). Someone without a confirmed order is recorded as a walk-in. The phone is
/// found through its keyed hash, as at sign-in; the number itself is never stored in clear.
/// </summary>
public sealed class CheckInByHand(AppDbContext db, AttendanceAccess access, UserLookup lookup, CheckInRecorder recorder,
    Infrastructure.Auth.CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<RecordedCheckIn>> HandleAsync(int sessionId, ByHandRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = await access.ForDeliveryAsync(sessionId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var session = found.Value;
        if (request.UserId is null && string.IsNullOrWhiteSpace(request.Phone))
        {
            return CommonProblems.Field("phone", "请填写职工的手机号");
        }
        string? phone = null;
        if (request.UserId is null && !PhoneNumbers.TryNormalize(request.Phone, out phone))
        {
            return CommonProblems.Field("phone", "请填写11位手机号");
        }
        if (session.Status == SessionStatus.Cancelled)
        {
            return AttendanceProblems.SessionCancelled;
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
        Guid? userId;
        if (request.UserId is { } id)
        {
            userId = await db.Users.Where(u => u.Id == id).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (userId is null)
            {
                return AttendanceProblems.WorkerNotFound.WithError("userId", "没有这个职工账号");
            }
        }
        else
        {
            var hash = lookup.PhoneLookupOf(phone!);
            userId = await db.Users.Where(u => u.PhoneLookup == hash).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (userId is null)
            {
                return AttendanceProblems.WorkerNotFound.WithError("phone", "没有找到使用这个手机号注册的职工");
            }
        }
        return await recorder.RecordAsync(sessionId, userId.Value, CheckInMethod.ByHand, current.UserId, ct);
    }
}

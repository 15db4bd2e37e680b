namespace WorkerHome.Features.Attendance;

/// <summary>
/// A worker's presence at a session (签到), once per worker and session (a unique index). Workers with a confirmed
/// order check in by the session's QR code or its online link; staff may check anyone in by hand. A worker without a
/// confirmed order who comes anyway is a walk-in. Confirmed orders without a check-in after the session are no-shows.
/// </summary>
public sealed class CheckIn
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The confirmed order the worker came on; null for a walk-in.</summary>
    public int? OrderId { get; set; }

    public CheckInMethod Method { get; set; }
    public bool IsWalkIn { get; set; }
    public DateTimeOffset CheckedInAt { get; set; }

    /// <summary>The staff member or volunteer who checked the worker in by hand.</summary>
    public Guid? RecordedBy { get; set; }
}

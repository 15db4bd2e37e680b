using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Training;

/// <summary>A trainee present at a session; one per trainee and session (unique index).</summary>
public sealed class TrainingAttendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int EnrolmentId { get; set; }
    public AttendanceSource Source { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid RecordedBy { get; set; }
}

public enum AttendanceSource
{
    [Display(Name = "点名")]
    RollCall = 0,

    [Display(Name = "扫码")]
    Scan = 1,
}

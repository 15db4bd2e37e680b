using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Training;

/// <summary>A worker's place in a course (报名).</summary>
public sealed class TrainingEnrolment
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Nine-digit township code of residence, for ranking job candidates by distance.</summary>
    public string TownshipCode { get; set; } = "";

    public List<string> Skills { get; set; } = [];

    [NotAudited]
    public string? PhoneCipher { get; set; }

    public string? PhoneMasked { get; set; }
    public EnrolmentStatus Status { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum EnrolmentStatus
{
    [Display(Name = "已报名")]
    Enrolled = 0,

    [Display(Name = "已退出")]
    Withdrawn = 1,

    [Display(Name = "已结业")]
    Completed = 2,

    [Display(Name = "未结业")]
    NotCompleted = 3,
}

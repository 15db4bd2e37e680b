using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Training;

/// <summary>A skills course of several sessions (技能培训课程), owned by a union and possibly held at one of its sites.</summary>
public sealed class TrainingCourse : IAudited
{
    public int Id { get; set; }
    public int UnionId { get; set; }
    public int? SiteId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Trades and skills the course teaches (柑橘种植, 果树修剪); matched against job postings.</summary>
    public List<string> Tags { get; set; } = [];

    public string TargetGroup { get; set; } = "";
    public int Capacity { get; set; }

    /// <summary>Places taken; moved only by conditional statements so the course is never oversold.</summary>
    [NotAudited]
    public int Enrolled { get; set; }

    public DateTimeOffset EnrolFrom { get; set; }
    public DateTimeOffset EnrolUntil { get; set; }
    public CourseStatus Status { get; set; }

    /// <summary>Completion rule: at least this many sessions attended.</summary>
    public int RequiredSessions { get; set; }

    public string CertificateTitle { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;
}

public enum CourseStatus
{
    [Display(Name = "草稿")]
    Draft = 0,

    [Display(Name = "报名中")]
    Open = 1,

    [Display(Name = "进行中")]
    InProgress = 2,

    [Display(Name = "已结业")]
    Finished = 3,

    [Display(Name = "已取消")]
    Cancelled = 4,
}

using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Training;

/// <summary>A completed trainee recommended to a posting (就业推荐), with its history in <see cref="JobReferralStep"/>.</summary>
public sealed class JobReferral : IAudited
{
    public int Id { get; set; }
    public int PostingId { get; set; }
    public int UnionId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The completed enrolment the referral rests on (the course it counts for).</summary>
    public int EnrolmentId { get; set; }

    public ReferralStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => "就业推荐 " + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One change of a referral's status: who, when, and a note.</summary>
public sealed class JobReferralStep
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public string? Note { get; set; }
}

public enum ReferralStatus
{
    [Display(Name = "推荐")]
    Recommended = 0,

    [Display(Name = "面试")]
    Interviewing = 1,

    [Display(Name = "录用")]
    Hired = 2,

    [Display(Name = "未录用")]
    Rejected = 3,

    [Display(Name = "本人放弃")]
    Declined = 4,
}

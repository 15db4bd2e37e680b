using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.RightsCases;

/// <summary>
/// A worker's rights case (维权诉求): what happened, with whom, for how much, and which union handles it. The phone is
/// personal data: encrypted, shown masked. Not an IAudited aggregate (workers submit them, and the log would copy the
/// person's data); staff writes are logged by hand with OperationLogWriter, and every step is kept as a
/// <see cref="RightsCaseStep"/>.
/// </summary>
public sealed class RightsCase
{
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 2000;
    public const int MaxEmployerLength = 100;
    public const int MaxNameLength = 50;

    public int Id { get; set; }

    /// <summary>WQ{year}{serial:00000}, e.g. WQ202600001; unique.</summary>
    public string Number { get; set; } = "";

    public int Year { get; set; }
    public int Serial { get; set; }

    /// <summary>The worker's account; null for an unregistered person entered by staff at a site.</summary>
    public Guid? WorkerId { get; set; }

    /// <summary>The person's name as given (the account's display name, or what a walk-in said).</summary>
    public string PersonName { get; set; } = "";

    /// <summary>The phone to reach the person on, encrypted with PersonalDataProtector.</summary>
    public string PhoneCipher { get; set; } = "";

    public string PhoneMasked { get; set; } = "";

    public RightsCategory Category { get; set; }
    public string EmployerName { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The amount in dispute, in fen (分); optional.</summary>
    public long? AmountFen { get; set; }

    /// <summary>The union handling the case now (the parent's, once escalated); staff whose scope covers it see it.</summary>
    public int UnionId { get; set; }

    /// <summary>The site where staff entered a walk-in case.</summary>
    public int? SiteId { get; set; }

    public RightsChannel Channel { get; set; }

    /// <summary>When the person consented to the handling of the personal data for the case (required).</summary>
    public DateTimeOffset ConsentAt { get; set; }

    public RightsCaseStatus Status { get; set; } = RightsCaseStatus.Submitted;
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The last day (Beijing) to acknowledge the case: N working days after submission.</summary>
    public DateOnly AcknowledgeBy { get; set; }

    /// <summary>When staff first triaged it (assignment, a step, escalation or closing).</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The last day (Beijing) to close the case: N calendar days after submission.</summary>
    public DateOnly CloseBy { get; set; }

    public Guid? AssignedStaffId { get; set; }
    public int? AssignedVolunteerId { get; set; }

    /// <summary>The outcome the assigned legal volunteer proposes; staff decide when closing.</summary>
    public RightsOutcome? ProposedOutcome { get; set; }

    public RightsOutcome? Outcome { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }

    /// <summary>Bumped by every staff change; a change sent with an older version loses (409 stale_version).</summary>
    public int Version { get; set; }
}

public enum RightsCategory
{
    [Display(Name = "欠薪")]
    UnpaidWages = 1,

    [Display(Name = "劳动合同")]
    Contract = 2,

    [Display(Name = "工伤")]
    WorkInjury = 3,

    [Display(Name = "解除劳动关系")]
    Dismissal = 4,

    [Display(Name = "社会保险")]
    SocialInsurance = 5,

    [Display(Name = "其他")]
    Other = 6,
}

public enum RightsCaseStatus
{
    [Display(Name = "已受理")]
    Submitted = 1,

    [Display(Name = "已分派")]
    Assigned = 2,

    [Display(Name = "处理中")]
    InProgress = 3,

    [Display(Name = "已办结")]
    Closed = 4,
}

public enum RightsOutcome
{
    [Display(Name = "调解成功")]
    Mediated = 1,

    [Display(Name = "提供法律援助")]
    LegalAid = 2,

    [Display(Name = "申请仲裁")]
    Arbitration = 3,

    [Display(Name = "诉讼")]
    Litigation = 4,

    [Display(Name = "撤回")]
    Withdrawn = 5,
}

public enum RightsChannel
{
    [Display(Name = "网上提交")]
    Online = 1,

    [Display(Name = "现场登记")]
    WalkIn = 2,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Membership;

/// <summary>
/// A worker's application to join a union (入会申请). The ID number is kept encrypted, as a keyed lookup hash (to find
/// the same person applying twice) and as a masked copy for lists. Not an audited aggregate: workers write it, and
/// its before/after would carry personal data; staff decisions are logged by hand.
/// </summary>
public sealed class MembershipApplication
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public int UnionId { get; set; }
    public string RealName { get; set; } = "";
    public string IdCipher { get; set; } = "";
    public string IdLookup { get; set; } = "";
    public string IdMasked { get; set; } = "";
    public string? PhoneCipher { get; set; }
    public string? PhoneMasked { get; set; }
    public WorkKind WorkKind { get; set; }
    public string? Employer { get; set; }

    /// <summary>When the worker ticked the separate consent to collecting the ID number, and which wording they saw.</summary>
    public DateTimeOffset ConsentAt { get; set; }

    public string ConsentVersion { get; set; } = "";
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The review deadline: a number of working days after the day of submission (Beijing).</summary>
    public DateOnly DueOn { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    public string? RejectReason { get; set; }
    public int? MemberId { get; set; }
}

public enum ApplicationStatus
{
    [Display(Name = "待审核")]
    Pending = 0,

    [Display(Name = "已通过")]
    Approved = 1,

    [Display(Name = "未通过")]
    Rejected = 2,
}

/// <summary>How the applicant works: employed by a unit, or one of the flexible and new forms of employment.</summary>
public enum WorkKind
{
    [Display(Name = "单位职工")]
    Employed = 0,

    [Display(Name = "快递员")]
    Courier = 1,

    [Display(Name = "外卖骑手")]
    FoodDelivery = 2,

    [Display(Name = "网约车司机")]
    RideHailing = 3,

    [Display(Name = "货车司机")]
    TruckDriver = 4,

    [Display(Name = "网络主播")]
    Streamer = 5,

    [Display(Name = "其他灵活就业")]
    OtherFlexible = 6,
}

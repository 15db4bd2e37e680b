using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Aid;

/// <summary>
/// An application for hardship aid (困难职工帮扶申请). Reviewed at three levels: the application's own union
/// (grassroots or township), its county union, its city union. The ID number is kept encrypted, as a keyed lookup
/// hash (duplicates) and masked; the phone encrypted and masked; household income and health only encrypted.
/// </summary>
public sealed class AidApplication
{
    public int Id { get; set; }

    /// <summary>The worker's account; empty when staff entered the application for someone without one.</summary>
    public Guid? UserId { get; set; }

    public int UnionId { get; set; }
    public int CountyUnionId { get; set; }
    public int CityUnionId { get; set; }
    public string RealName { get; set; } = "";
    public string IdCipher { get; set; } = "";
    public string IdLookup { get; set; } = "";
    public string IdMasked { get; set; } = "";
    public string PhoneCipher { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
    public int HouseholdSize { get; set; }

    /// <summary>The household members (name, relation, age, income) as JSON, encrypted.</summary>
    public string HouseholdCipher { get; set; } = "";

    /// <summary>A readable summary of the household monthly income and per-capita income, encrypted.</summary>
    public string IncomeCipher { get; set; } = "";

    public AidCause Causes { get; set; }
    public string CauseDescription { get; set; } = "";
    public string? HealthCipher { get; set; }
    public long RequestedFen { get; set; }

    /// <summary>The amount approved by the latest level.</summary>
    public long? ApprovedFen { get; set; }

    public DateTimeOffset ConsentAt { get; set; }
    public string ConsentVersion { get; set; } = "";

    /// <summary>The Beijing year of submission (one approved application per ID number and year).</summary>
    public int Year { get; set; }

    public AidStatus Status { get; set; }

    /// <summary>The level currently reviewing (while <see cref="AidStatus.Reviewing"/>), or the last level that decided.</summary>
    public AidLevel Level { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
    public Guid? EnteredBy { get; set; }
    public DateOnly? NoticeStartsOn { get; set; }

    /// <summary>The first day after the public notice: payment may be recorded from this day.</summary>
    public DateOnly? NoticeEndsOn { get; set; }

    public long? PaidFen { get; set; }
    public DateOnly? PaidOn { get; set; }
    public AidPayMethod? PayMethod { get; set; }
    public string? PayReference { get; set; }
    public DateOnly? RecheckDueOn { get; set; }
    public AidRecheckResult? RecheckResult { get; set; }
    public string? RecheckNote { get; set; }
    public DateOnly? RecheckedOn { get; set; }
}

/// <summary>Why the household is in hardship; one or more.</summary>
[Flags]
public enum AidCause
{
    None = 0,

    [Display(Name = "因病")]
    Illness = 1,

    [Display(Name = "因残")]
    Disability = 2,

    [Display(Name = "因灾")]
    Disaster = 4,

    [Display(Name = "其他")]
    Other = 8,
}

public enum AidStatus
{
    [Display(Name = "审核中")]
    Reviewing = 0,

    [Display(Name = "未通过")]
    Rejected = 1,

    [Display(Name = "公示中")]
    OnNotice = 2,

    [Display(Name = "已发放")]
    Paid = 3,
}

/// <summary>The three review levels.</summary>
public enum AidLevel
{
    [Display(Name = "基层")]
    Grassroots = 0,

    [Display(Name = "县级")]
    County = 1,

    [Display(Name = "市级")]
    City = 2,
}

public enum AidPayMethod
{
    [Display(Name = "银行转账")]
    BankTransfer = 0,

    [Display(Name = "现金")]
    Cash = 1,
}

public enum AidRecheckResult
{
    [Display(Name = "仍困难")]
    StillInNeed = 0,

    [Display(Name = "已脱困")]
    OutOfHardship = 1,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.ChildCare;

/// <summary>A care class as staff create or edit it.</summary>
public sealed record CareClassInput
{
    /// <summary>The site that runs the class (in the caller's scope).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择阵地")]
    public int SiteId { get; set; }

    /// <summary>Title, e.g. 2027年暑期爱心托管班.</summary>
    [Required(ErrorMessage = "请填写班级名称")]
    [StringLength(80, ErrorMessage = "班级名称不能超过80个字")]
    public string Title { get; set; } = "";

    /// <summary>What the children do, what to bring.</summary>
    [StringLength(2000, ErrorMessage = "介绍不能超过2000个字")]
    public string? Description { get; set; }

    /// <summary>First day of care.</summary>
    [Required(ErrorMessage = "请填写开班日期")]
    public DateOnly? FirstDay { get; set; }

    /// <summary>Last day of care.</summary>
    [Required(ErrorMessage = "请填写结束日期")]
    public DateOnly? LastDay { get; set; }

    /// <summary>Daily start, minutes after midnight.</summary>
    [Range(0, 1439, ErrorMessage = "每日开始时间无效")]
    public int DailyFrom { get; set; } = 8 * 60 + 30;

    /// <summary>Daily end, minutes after midnight.</summary>
    [Range(1, 1440, ErrorMessage = "每日结束时间无效")]
    public int DailyTo { get; set; } = 17 * 60 + 30;

    /// <summary>Youngest age in whole years on the first day.</summary>
    [Range(0, 16, ErrorMessage = "最小年龄应在 0 到 16 岁之间")]
    public int MinAge { get; set; } = 3;

    /// <summary>Oldest age in whole years on the first day.</summary>
    [Range(0, 16, ErrorMessage = "最大年龄应在 0 到 16 岁之间")]
    public int MaxAge { get; set; } = 12;

    /// <summary>Places.</summary>
    [Range(1, 500, ErrorMessage = "名额应在 1 到 500 之间")]
    public int Capacity { get; set; } = 20;

    /// <summary>How many may wait for a place (0: no waiting list).</summary>
    [Range(0, 500, ErrorMessage = "候补上限应在 0 到 500 之间")]
    public int WaitlistLimit { get; set; } = 10;

    /// <summary>When enrolment opens.</summary>
    [Required(ErrorMessage = "请填写报名开始时间")]
    public DateTimeOffset? EnrolmentOpensAt { get; set; }

    /// <summary>When enrolment closes (before the first day ends).</summary>
    [Required(ErrorMessage = "请填写报名截止时间")]
    public DateTimeOffset? EnrolmentClosesAt { get; set; }

    /// <summary>Fee in whole fen; 0 is free.</summary>
    [Range(0, 10_000_000, ErrorMessage = "费用应在 0 到 10 万元之间")]
    public long FeeFen { get; set; }
}

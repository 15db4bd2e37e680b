using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Training;

/// <summary>A course as staff enter it, with its sessions (an existing session keeps its id).</summary>
public sealed class CourseInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择主办工会")]
    public int UnionId { get; set; }

    /// <summary>The site where the course is held (optional; must belong to the union's subtree).</summary>
    public int? SiteId { get; set; }

    [Required(ErrorMessage = "请填写课程名称")]
    [StringLength(100, ErrorMessage = "课程名称不能超过100个字")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "课程介绍不能超过2000个字")]
    public string? Description { get; set; }

    /// <summary>Trade and skill tags (柑橘种植, 果树修剪), up to 10.</summary>
    [MaxLength(10, ErrorMessage = "技能标签最多10个")]
    public List<string> Tags { get; set; } = [];

    [StringLength(100, ErrorMessage = "培训对象不能超过100个字")]
    public string? TargetGroup { get; set; }

    [Range(1, 500, ErrorMessage = "名额应在1到500之间")]
    public int Capacity { get; set; }

    [Required(ErrorMessage = "请填写报名开始时间")]
    public DateTimeOffset? EnrolFrom { get; set; }

    [Required(ErrorMessage = "请填写报名截止时间")]
    public DateTimeOffset? EnrolUntil { get; set; }

    /// <summary>Completion rule: at least this many sessions attended (no more than the sessions).</summary>
    [Range(1, 100, ErrorMessage = "结业所需出勤次数应在1到100之间")]
    public int RequiredSessions { get; set; }

    [Required(ErrorMessage = "请填写证书名称")]
    [StringLength(100, ErrorMessage = "证书名称不能超过100个字")]
    public string CertificateTitle { get; set; } = "";

    [MinLength(1, ErrorMessage = "请至少安排一次课")]
    [MaxLength(60, ErrorMessage = "课次最多60次")]
    public List<SessionInput> Sessions { get; set; } = [];
}

/// <summary>One session of a course.</summary>
public sealed class SessionInput
{
    /// <summary>The session's id when editing it; empty for a new one.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = "请填写课次主题")]
    [StringLength(100, ErrorMessage = "课次主题不能超过100个字")]
    public string Topic { get; set; } = "";

    [Required(ErrorMessage = "请填写开始时间")]
    public DateTimeOffset? StartsAt { get; set; }

    [Required(ErrorMessage = "请填写结束时间")]
    public DateTimeOffset? EndsAt { get; set; }

    [StringLength(100, ErrorMessage = "上课地点不能超过100个字")]
    public string? Place { get; set; }

    [StringLength(50, ErrorMessage = "授课老师不能超过50个字")]
    public string? Teacher { get; set; }
}

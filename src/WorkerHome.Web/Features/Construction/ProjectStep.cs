using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Construction;

/// <summary>One step of a project's life: who took it, for which union, when, and what they said.</summary>
public sealed class ProjectStep
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public ProjectStepKind Kind { get; set; }
    public ProjectStage StageAfter { get; set; }
    public Guid ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public int ActorUnionId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}

public enum ProjectStepKind
{
    [Display(Name = "创建")]
    Created = 1,

    [Display(Name = "申报")]
    Submitted = 2,

    [Display(Name = "退回修改")]
    Returned = 3,

    [Display(Name = "评审")]
    Reviewed = 4,

    [Display(Name = "评审不通过")]
    Rejected = 5,

    [Display(Name = "择优立项")]
    Selected = 6,

    [Display(Name = "未入选")]
    NotSelected = 7,

    [Display(Name = "完成节点")]
    MilestoneDone = 8,

    [Display(Name = "申请验收")]
    AcceptanceRequested = 9,

    [Display(Name = "验收通过")]
    Accepted = 10,

    [Display(Name = "验收未通过")]
    AcceptanceFailed = 11,
}

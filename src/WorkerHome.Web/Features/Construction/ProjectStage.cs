using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Construction;

/// <summary>
/// 草稿 → 已申报 → 已评审 → 已立项 (择优确定; building with milestones) → 待验收 → 已验收.
/// A review may send it back (退回修改 → 草稿) or reject it; selection may pass it over (未入选).
/// A failed inspection returns it to 已立项.
/// </summary>
public enum ProjectStage
{
    [Display(Name = "草稿")]
    Draft = 1,

    [Display(Name = "已申报")]
    Submitted = 2,

    [Display(Name = "已评审")]
    Reviewed = 3,

    [Display(Name = "已立项")]
    Selected = 4,

    [Display(Name = "待验收")]
    AwaitingAcceptance = 5,

    [Display(Name = "已验收")]
    Accepted = 6,

    [Display(Name = "未通过")]
    Rejected = 7,

    [Display(Name = "未入选")]
    NotSelected = 8,
}

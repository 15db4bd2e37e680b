using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Needs;

/// <summary>Where a need is on its way to a class: 已提交 → 已归类 → 已上菜单 → 已开讲.</summary>
public enum NeedStatus
{
    [Display(Name = "已提交")]
    Submitted = 1,

    [Display(Name = "已归类")]
    Grouped = 2,

    [Display(Name = "已上菜单")]
    OnMenu = 3,

    [Display(Name = "已开讲")]
    Delivered = 4,
}

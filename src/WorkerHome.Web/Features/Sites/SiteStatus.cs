using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>Where a site is in its life. Workers see operating and suspended sites; staff see all.</summary>
public enum SiteStatus
{
    [Display(Name = "规划中")]
    Planned = 1,

    [Display(Name = "建设中")]
    Building = 2,

    [Display(Name = "运营中")]
    Operating = 3,

    [Display(Name = "暂停开放")]
    Suspended = 4,

    [Display(Name = "已关闭")]
    Closed = 5,
}

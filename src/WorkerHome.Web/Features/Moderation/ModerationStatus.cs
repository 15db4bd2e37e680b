using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Moderation;

/// <summary>Whether a text a worker wrote may be shown to others.</summary>
public enum ModerationStatus
{
    [Display(Name = "审核中")]
    Pending = 1,

    [Display(Name = "已通过")]
    Approved = 2,

    [Display(Name = "未通过")]
    Rejected = 3,
}

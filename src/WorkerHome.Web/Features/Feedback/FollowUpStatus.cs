using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Feedback;

/// <summary>Staff follow-up of a low rating (差评回访).</summary>
public enum FollowUpStatus
{
    [Display(Name = "无需回访")]
    None = 0,

    [Display(Name = "待回访")]
    Open = 1,

    [Display(Name = "已回访")]
    Done = 2,
}

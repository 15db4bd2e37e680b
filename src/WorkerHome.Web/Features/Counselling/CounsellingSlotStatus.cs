using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling;

public enum CounsellingSlotStatus
{
    [Display(Name = "开放预约")]
    Open = 1,

    [Display(Name = "已撤回")]
    Withdrawn = 2,
}

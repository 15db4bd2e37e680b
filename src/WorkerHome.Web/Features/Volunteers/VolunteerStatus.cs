using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Volunteers;

public enum VolunteerStatus
{
    [Display(Name = "待审核")]
    Pending = 1,

    [Display(Name = "已认证")]
    Verified = 2,

    [Display(Name = "未通过")]
    Rejected = 3,

    [Display(Name = "已暂停")]
    Suspended = 4,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sessions;

public enum SessionStatus
{
    [Display(Name = "已排期")]
    Scheduled = 1,

    [Display(Name = "已取消")]
    Cancelled = 2,
}

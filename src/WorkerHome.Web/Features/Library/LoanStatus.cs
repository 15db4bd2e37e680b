using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Library;

/// <summary>A loan's life: reserved online (a copy is held), lent at the desk, returned; or a hold that lapsed.</summary>
public enum LoanStatus
{
    [Display(Name = "已预约")] Reserved = 1,
    [Display(Name = "借阅中")] Lent = 2,
    [Display(Name = "已归还")] Returned = 3,
    [Display(Name = "预约过期")] Lapsed = 4,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Orders;

public enum OrderStatus
{
    [Display(Name = "已确认")]
    Confirmed = 1,

    [Display(Name = "候补中")]
    Waitlisted = 2,

    [Display(Name = "已取消")]
    Cancelled = 3,
}

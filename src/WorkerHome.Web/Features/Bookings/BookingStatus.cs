using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Bookings;

/// <summary>
/// Pending (needs approval) → Confirmed → CheckedIn, or Released (nobody checked in by start + grace), Cancelled
/// (before start), Rejected (by staff, with a reason). Pending and Confirmed hold their slots.
/// </summary>
public enum BookingStatus
{
    [Display(Name = "待审核")]
    Pending = 1,

    [Display(Name = "已确认")]
    Confirmed = 2,

    [Display(Name = "已签到")]
    CheckedIn = 3,

    [Display(Name = "已释放")]
    Released = 4,

    [Display(Name = "已取消")]
    Cancelled = 5,

    [Display(Name = "未通过")]
    Rejected = 6,
}

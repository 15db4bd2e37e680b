using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling;

public enum CounsellingBookingStatus
{
    [Display(Name = "已预约")]
    Booked = 1,

    [Display(Name = "已完成")]
    Completed = 2,

    [Display(Name = "未到")]
    NoShow = 3,

    [Display(Name = "已取消")]
    Cancelled = 4,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Attendance;

public enum CheckInMethod
{
    [Display(Name = "扫码签到")]
    QrCode = 1,

    [Display(Name = "人工签到")]
    ByHand = 2,

    [Display(Name = "线上签到")]
    Online = 3,
}

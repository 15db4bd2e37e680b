using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling;

/// <summary>How the worker wants the counsellor to reach them before the talk.</summary>
public enum ContactPreference
{
    [Display(Name = "电话联系")]
    Phone = 1,

    [Display(Name = "站内消息")]
    Message = 2,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Account;

/// <summary>What a person may do. Staff and Volunteer are granted on a union node and cover its subtree.</summary>
public enum Role
{
    [Display(Name = "职工")]
    Worker = 0,

    [Display(Name = "志愿者")]
    Volunteer = 1,

    [Display(Name = "工会工作人员")]
    Staff = 2,

    [Display(Name = "系统管理员")]
    SystemAdmin = 3,

    /// <summary>May see ID numbers, phones, income and health data in full, with a stated reason, in the granted subtree.</summary>
    [Display(Name = "敏感信息查阅")]
    PrivacyReader = 4,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Volunteers;

/// <summary>The professional qualification a volunteer serves under.</summary>
public enum Qualification
{
    [Display(Name = "律师")]
    Lawyer = 1,

    [Display(Name = "法官")]
    Judge = 2,

    [Display(Name = "心理咨询师")]
    Counsellor = 3,

    [Display(Name = "培训师")]
    Trainer = 4,

    [Display(Name = "医生")]
    Doctor = 5,

    [Display(Name = "社会工作者")]
    SocialWorker = 6,

    [Display(Name = "其他")]
    Other = 9,
}

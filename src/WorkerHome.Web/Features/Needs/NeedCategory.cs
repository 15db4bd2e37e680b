using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Needs;

/// <summary>What a need is about, as the Xigu union lecture hall sorts them.</summary>
public enum NeedCategory
{
    [Display(Name = "就业维权")]
    EmploymentRights = 1,

    [Display(Name = "技能培训")]
    SkillsTraining = 2,

    [Display(Name = "心理服务")]
    Psychology = 3,

    [Display(Name = "法律援助")]
    LegalAid = 4,

    [Display(Name = "互助保障")]
    MutualAid = 5,

    [Display(Name = "女职工关爱")]
    WomenWorkers = 6,

    [Display(Name = "文体活动")]
    CultureAndSports = 7,

    [Display(Name = "子女托管")]
    ChildCare = 8,

    [Display(Name = "其他")]
    Other = 9,
}

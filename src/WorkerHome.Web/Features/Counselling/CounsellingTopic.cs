using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Counselling;

/// <summary>What a worker wants to talk about, in broad categories only.</summary>
public enum CounsellingTopic
{
    [Display(Name = "情绪压力")]
    Stress = 1,

    [Display(Name = "婚恋家庭")]
    Family = 2,

    [Display(Name = "职场关系")]
    Workplace = 3,

    [Display(Name = "亲子教育")]
    Parenting = 4,

    [Display(Name = "其他")]
    Other = 9,
}

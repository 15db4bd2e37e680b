using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sites;

/// <summary>The five core functions (五大职能) a site should cover through its function areas.</summary>
[Flags]
public enum CoreFunction
{
    None = 0,

    [Display(Name = "强化政治引领")]
    PoliticalGuidance = 1,

    [Display(Name = "建功立业")]
    SkillsAndAchievement = 2,

    [Display(Name = "维护合法权益")]
    RightsProtection = 4,

    [Display(Name = "帮扶服务")]
    Assistance = 8,

    [Display(Name = "基层组建")]
    Organising = 16,
}

public static class CoreFunctions
{
    /// <summary>The five, in the order the programme names them.</summary>
    public static readonly IReadOnlyList<CoreFunction> All =
    [
        CoreFunction.PoliticalGuidance,
        CoreFunction.SkillsAndAchievement,
        CoreFunction.RightsProtection,
        CoreFunction.Assistance,
        CoreFunction.Organising,
    ];
}

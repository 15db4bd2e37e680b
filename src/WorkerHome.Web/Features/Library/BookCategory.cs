using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Library;

/// <summary>The reading room's shelves.</summary>
public enum BookCategory
{
    [Display(Name = "政治理论")] Politics = 1,
    [Display(Name = "文学")] Literature = 2,
    [Display(Name = "历史")] History = 3,
    [Display(Name = "技能")] Skills = 4,
    [Display(Name = "法律")] Law = 5,
    [Display(Name = "健康")] Health = 6,
    [Display(Name = "少儿")] Children = 7,
    [Display(Name = "其他")] Other = 8,
}

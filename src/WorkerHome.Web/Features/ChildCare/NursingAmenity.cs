using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.ChildCare;

/// <summary>What a nursing room offers.</summary>
[Flags]
public enum NursingAmenity
{
    None = 0,
    [Display(Name = "哺乳椅")] NursingChair = 1,
    [Display(Name = "冰箱")] Fridge = 2,
    [Display(Name = "热水")] HotWater = 4,
    [Display(Name = "尿布台")] ChangingTable = 8,
    [Display(Name = "洗手池")] Sink = 16,
}

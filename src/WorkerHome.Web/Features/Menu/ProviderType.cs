using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Menu;

/// <summary>Who delivers an item: 正规军 (union staff), 志愿者 (volunteers), partner organisations.</summary>
public enum ProviderType
{
    [Display(Name = "工会工作人员")]
    Staff = 1,

    [Display(Name = "志愿者")]
    Volunteer = 2,

    [Display(Name = "合作单位")]
    Partner = 3,
}

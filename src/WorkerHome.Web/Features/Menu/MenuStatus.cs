using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Menu;

public enum MenuStatus
{
    [Display(Name = "草稿")]
    Draft = 1,

    [Display(Name = "已发布")]
    Published = 2,

    [Display(Name = "已结束")]
    Closed = 3,
}

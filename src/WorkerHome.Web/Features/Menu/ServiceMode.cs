using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Menu;

/// <summary>The five modes of the Xigu union lecture hall: 讲、评、帮、乐、庆.</summary>
public enum ServiceMode
{
    [Display(Name = "讲")]
    Lecture = 1,

    [Display(Name = "评")]
    Evaluation = 2,

    [Display(Name = "帮")]
    Help = 3,

    [Display(Name = "乐")]
    Recreation = 4,

    [Display(Name = "庆")]
    Celebration = 5,
}

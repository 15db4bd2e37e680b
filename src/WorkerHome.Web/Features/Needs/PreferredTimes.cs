using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Needs;

/// <summary>When a worker could attend.</summary>
[Flags]
public enum PreferredTimes
{
    None = 0,

    [Display(Name = "工作日白天")]
    WeekdayDaytime = 1,

    [Display(Name = "工作日晚上")]
    WeekdayEvening = 2,

    [Display(Name = "周末")]
    Weekend = 4,
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.ChildCare;

/// <summary>Where a care class stands: staff open it for enrolment, close enrolment, or cancel it.</summary>
public enum CareClassStatus
{
    [Display(Name = "草稿")] Draft = 1,
    [Display(Name = "报名中")] Open = 2,
    [Display(Name = "报名截止")] Closed = 3,
    [Display(Name = "已取消")] Cancelled = 4,
}

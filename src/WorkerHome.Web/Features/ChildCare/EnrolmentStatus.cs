using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.ChildCare;

/// <summary>A child's place in a care class.</summary>
public enum EnrolmentStatus
{
    [Display(Name = "已录取")] Enrolled = 1,
    [Display(Name = "候补中")] Waitlisted = 2,
    [Display(Name = "已退出")] Withdrawn = 3,
    [Display(Name = "已移出")] Removed = 4,
    [Display(Name = "班级取消")] ClassCancelled = 5,
}

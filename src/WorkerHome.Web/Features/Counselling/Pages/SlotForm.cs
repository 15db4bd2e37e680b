using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Counselling.Pages;

/// <summary>The publish-slot form's fields: a Beijing date and time of day; the handler gets a <see cref="SlotInput"/>.</summary>
public sealed class SlotForm
{
    [Required(ErrorMessage = "请选择日期")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请选择开始时间")]
    public TimeOnly? Time { get; set; }

    [Range(CounsellingSlot.MinMinutes, CounsellingSlot.MaxMinutes, ErrorMessage = "时长应在 30 到 90 分钟之间")]
    public int Minutes { get; set; } = 50;

    [Required(ErrorMessage = "请选择咨询方式")]
    public CounsellingMode? Mode { get; set; } = CounsellingMode.InPerson;

    public int? SiteId { get; set; }

    public SlotInput ToInput() => new()
    {
        StartsAt = Date is { } d && Time is { } t ? ChinaTime.FromLocal(d, t) : null,
        Minutes = Minutes,
        Mode = Mode,
        SiteId = SiteId,
    };
}

using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sessions;

/// <summary>
/// A day the State Council's yearly arrangement (国务院办公厅 部分节假日安排) makes different: a day off, or a
/// weekend day worked instead (调休上班).
/// </summary>
public sealed class PublicHoliday
{
    public DateOnly Date { get; set; }
    public HolidayKind Kind { get; set; }

    /// <summary>The holiday it belongs to (国庆节), also on the worked weekend days it shifts.</summary>
    public string Name { get; set; } = "";
}

public enum HolidayKind
{
    [Display(Name = "放假")]
    DayOff = 1,

    [Display(Name = "调休上班")]
    WorkingDay = 2,
}

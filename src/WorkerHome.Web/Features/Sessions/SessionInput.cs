using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Sessions;

/// <summary>Where and how long a session is, and how many seats: what a single session and a series share.</summary>
public record SessionPlace
{
    /// <summary>The menu item delivered.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择服务项目")]
    public int MenuItemId { get; set; }

    /// <summary>Start time in Beijing, HH:mm.</summary>
    [Required(ErrorMessage = "请填写开始时间")]
    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "开始时间格式应为 HH:mm，如 19:00")]
    public string Start { get; set; } = "19:00";

    /// <summary>Length in minutes (15 to 480).</summary>
    [Range(15, 480, ErrorMessage = "时长应在 15 到 480 分钟之间")]
    public int DurationMinutes { get; set; } = 90;

    /// <summary>The site where it is held (offline).</summary>
    public int? SiteId { get; set; }

    /// <summary>Room or meeting point at the site.</summary>
    [StringLength(100, ErrorMessage = "地点说明不能超过100个字")]
    public string? Place { get; set; }

    /// <summary>Meeting link (online).</summary>
    [StringLength(500, ErrorMessage = "链接不能超过500个字符")]
    public string? OnlineUrl { get; set; }

    /// <summary>Seats; defaults to the item's class size.</summary>
    [Range(1, 1000, ErrorMessage = "名额应在 1 到 1000 之间")]
    public int? Capacity { get; set; }
}

/// <summary>One session on a date (Beijing time).</summary>
public sealed record SessionInput : SessionPlace
{
    /// <summary>The date, in Beijing.</summary>
    [Required(ErrorMessage = "请填写日期")]
    public DateOnly? Date { get; set; }
}

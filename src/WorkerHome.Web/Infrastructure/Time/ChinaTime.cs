using System.Globalization;

namespace WorkerHome.Infrastructure.Time;

/// <summary>Instants are stored in UTC; people read them in Beijing time, in Chinese formats.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset LocalNow(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ToLocal(time.GetUtcNow());
    }

    public static DateOnly LocalToday(this TimeProvider time) => DateOnly.FromDateTime(time.LocalNow().DateTime);

    /// <summary>A wall-clock time in Beijing as a UTC instant.</summary>
    public static DateTimeOffset FromLocal(DateOnly date, TimeOnly timeOfDay)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string WeekdayName(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>"09:00" for 540 minutes after midnight.</summary>
    public static string FormatMinutes(int minutes) =>
        minutes >= 24 * 60 ? "24:00" : $"{minutes / 60:00}:{minutes % 60:00}";

    /// <summary>"12月5日 周五", or "今天"/"明天"/"昨天" when natural.</summary>
    public static string FormatDate(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "今天",
        1 => "明天",
        -1 => "昨天",
        _ => string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日 {WeekdayName(date.DayOfWeek)}"),
    };

    /// <summary>"12月5日 周五 19:00" or "明天 19:00".</summary>
    public static string FormatDateTime(DateTimeOffset instant, DateTimeOffset now)
    {
        var local = ToLocal(instant);
        var today = DateOnly.FromDateTime(ToLocal(now).DateTime);
        return FormatDate(DateOnly.FromDateTime(local.DateTime), today) + local.ToString(" HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>"2026-11-23 14:05" for logs and tables.</summary>
    public static string FormatStamp(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

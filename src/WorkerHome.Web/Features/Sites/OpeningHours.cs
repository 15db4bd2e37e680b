namespace WorkerHome.Features.Sites;

/// <summary>A weekly opening period: ISO day (1 = Monday … 7 = Sunday), minutes after midnight.</summary>
public sealed class OpeningPeriod
{
    public int Day { get; set; }
    public int OpensAt { get; set; }
    public int ClosesAt { get; set; }

    public bool Contains(int minute) => OpensAt <= minute && minute < ClosesAt;

    public static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}

/// <summary>A dated exception to the weekly hours: closed for a holiday, or special hours.</summary>
public sealed class SpecialDay
{
    public DateOnly Date { get; set; }
    public bool Closed { get; set; }
    public int? OpensAt { get; set; }
    public int? ClosesAt { get; set; }
    public string? Note { get; set; }

    public bool Contains(int minute) => !Closed && OpensAt <= minute && minute < ClosesAt;
}

using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.ChildCare;

/// <summary>A care class as workers and staff read it.</summary>
public sealed record CareClassView(
    int Id, int SiteId, string SiteName, string Title, string? Description, DateOnly FirstDay, DateOnly LastDay,
    string DailyHours, int DailyFrom, int DailyTo, int MinAge, int MaxAge, int Capacity, int Enrolled, int WaitlistLimit, int Waitlisted,
    DateTimeOffset EnrolmentOpensAt, DateTimeOffset EnrolmentClosesAt, long FeeFen, CareClassStatus Status, string StatusText,
    bool AcceptsEnrolment)
{
    internal static CareClassView From(CareClass c, string siteName, DateTimeOffset now) => new(
        c.Id, c.SiteId, siteName, c.Title, c.Description, c.FirstDay, c.LastDay,
        $"{ChinaTime.FormatMinutes(c.DailyFrom)}-{ChinaTime.FormatMinutes(c.DailyTo)}", c.DailyFrom, c.DailyTo,
        c.MinAge, c.MaxAge, c.Capacity, c.Enrolled, c.WaitlistLimit, c.Waitlisted, c.EnrolmentOpensAt, c.EnrolmentClosesAt,
        c.FeeFen, c.Status, Infrastructure.Text.EnumText.Chinese(c.Status), c.AcceptsEnrolmentAt(now));
}

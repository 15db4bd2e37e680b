using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// A child-care class at a site (暑期爱心托管班). <see cref="Enrolled"/> and <see cref="Waitlisted"/> are taken by
/// conditional statements only, so places and the waiting list are never oversold, whichever node takes them.
/// </summary>
public sealed class CareClass : IAudited
{
    public int Id { get; set; }
    public int SiteId { get; set; }

    /// <summary>The site's union, copied so scope filters need no join.</summary>
    public int UnionId { get; set; }

    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }

    /// <summary>Daily hours as minutes after local midnight.</summary>
    public int DailyFrom { get; set; }

    public int DailyTo { get; set; }

    /// <summary>Age range in whole years, measured on <see cref="FirstDay"/>.</summary>
    public int MinAge { get; set; }

    public int MaxAge { get; set; }
    public int Capacity { get; set; }
    public int Enrolled { get; set; }
    public int WaitlistLimit { get; set; }
    public int Waitlisted { get; set; }
    public DateTimeOffset EnrolmentOpensAt { get; set; }
    public DateTimeOffset EnrolmentClosesAt { get; set; }
    public long FeeFen { get; set; }
    public CareClassStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Title;

    /// <summary>Whole years from birth to the class's first day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }

    public bool AcceptsEnrolmentAt(DateTimeOffset now) =>
        Status == CareClassStatus.Open && now >= EnrolmentOpensAt && now < EnrolmentClosesAt;
}

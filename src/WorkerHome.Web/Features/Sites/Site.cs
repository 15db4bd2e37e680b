using System.Linq.Expressions;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Sites;

/// <summary>A worker-home site (职工之家阵地): a physical place run by or for a union.</summary>
public sealed class Site : IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public SiteForm Form { get; set; }
    public SiteRating Rating { get; set; }
    public SiteStatus Status { get; set; }

    /// <summary>依托单位: the enterprise, community or project the site is built on.</summary>
    public string HostOrganization { get; set; } = "";

    public int UnionId { get; set; }

    /// <summary>The township or street (nine-digit code) the site is in.</summary>
    public string RegionCode { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>WGS-84.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }
    public string? ContactName { get; set; }

    /// <summary>The site's service phone (a desk number, published for workers to call).</summary>
    public string? ContactPhone { get; set; }

    public string? Description { get; set; }

    /// <summary>For mobile sites: the window in which the site is in place.</summary>
    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>For mobile sites: the construction project or gathering place it serves (承载项目).</summary>
    public string? HostProject { get; set; }

    public List<int> FunctionAreaIds { get; set; } = [];

    /// <summary>For outdoor-worker stations: what a worker who calls in may use (empty for other sites).</summary>
    public List<StationAmenity> Amenities { get; set; } = [];
    public List<OpeningPeriod> OpeningHours { get; set; } = [];
    public List<SpecialDay> SpecialDays { get; set; } = [];

    /// <summary>Optimistic concurrency: an edit based on an old version is refused.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Name;

    /// <summary>Whether the site is open at a Beijing wall-clock time.</summary>
    public bool IsOpenAt(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var minute = local.Hour * 60 + local.Minute;
        if (Status != SiteStatus.Operating || !InService(date))
        {
            return false;
        }
        var exception = SpecialDays.FirstOrDefault(e => e.Date == date);
        return exception is not null
            ? exception.Contains(minute)
            : OpeningHours.Any(p => p.Day == OpeningPeriod.IsoDay(local.DayOfWeek) && p.Contains(minute));
    }

    /// <summary>The same rule as <see cref="IsOpenAt"/>, for the database to evaluate.</summary>
    public static Expression<Func<Site, bool>> OpenAt(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var minute = local.Hour * 60 + local.Minute;
        var day = OpeningPeriod.IsoDay(local.DayOfWeek);
        return s => s.Status == SiteStatus.Operating
            && (s.Form != SiteForm.Mobile || ((s.ValidFrom == null || s.ValidFrom <= date) && (s.ValidTo == null || s.ValidTo >= date)))
            && (s.SpecialDays.Any(e => e.Date == date)
                ? s.SpecialDays.Any(e => e.Date == date && !e.Closed && e.OpensAt <= minute && minute < e.ClosesAt)
                : s.OpeningHours.Any(p => p.Day == day && p.OpensAt <= minute && minute < p.ClosesAt));
    }

    /// <summary>Sites workers can see: not deleted, operating or suspended, mobile ones not past their window.</summary>
    public static Expression<Func<Site, bool>> PubliclyVisible(DateOnly today) =>
        s => s.DeletedAt == null
            && (s.Status == SiteStatus.Operating || s.Status == SiteStatus.Suspended)
            && (s.Form != SiteForm.Mobile || s.ValidTo == null || s.ValidTo >= today);

    public bool IsPubliclyVisible(DateOnly today) =>
        DeletedAt is null && Status is SiteStatus.Operating or SiteStatus.Suspended
        && (Form != SiteForm.Mobile || ValidTo is null || ValidTo >= today);

    /// <summary>Mobile sites are in place only inside their window.</summary>
    public bool InService(DateOnly date) =>
        Form != SiteForm.Mobile || ((ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo >= date));

    /// <summary>The five marks: which core functions the site's areas cover.</summary>
    public CoreFunction CoverageFrom(IReadOnlyDictionary<int, FunctionArea> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return FunctionAreaIds.Aggregate(CoreFunction.None,
            (covered, id) => areas.TryGetValue(id, out var area) ? covered | area.CoreFunctions : covered);
    }
}

using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.ChildCare;

/// <summary>
/// A nursing room (妈咪宝贝屋) at a site. <see cref="InUse"/> counts the places taken and is raised by one conditional
/// statement only; uses that ran out are given back in the same transaction before a place is taken.
/// </summary>
public sealed class NursingRoom : IAudited
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public int UnionId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Where in the site (二楼东侧).</summary>
    public string? Location { get; set; }

    public int Places { get; set; }
    public int InUse { get; set; }
    public NursingAmenity Amenities { get; set; }

    /// <summary>Own daily hours in minutes after midnight; null means the site's opening hours.</summary>
    public int? OpensAt { get; set; }

    public int? ClosesAt { get; set; }
    public string? Notes { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Name;
}

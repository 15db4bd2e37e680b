using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Volunteers;

/// <summary>
/// A volunteer provider (志愿者): a lawyer, judge, counsellor or trainer who registered with a union and was
/// verified by its staff. Dispatches go only to verified volunteers; what they may take is bounded by their
/// skills, service townships, weekly availability and maximum load.
/// </summary>
public sealed class Volunteer : IAudited
{
    public const int MaxIntroductionLength = 500;

    public int Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The union the volunteer serves with; its staff (and those above) verify and dispatch.</summary>
    public int UnionId { get; set; }

    public Qualification Qualification { get; set; }

    /// <summary>执业证/资格证编号, checked by staff against the certificate shown.</summary>
    public string CertificateNumber { get; set; } = "";

    /// <summary>工作单位, e.g. 西固区人民法院.</summary>
    public string Organization { get; set; } = "";

    public string? Introduction { get; set; }

    /// <summary>The need categories the volunteer can serve; matched against a menu item's category.</summary>
    public List<NeedCategory> Skills { get; set; } = [];

    /// <summary>Free skill tags (婚姻家庭, 劳动合同, 青少年心理…), matched against item titles.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Townships or streets (nine-digit region codes) the volunteer will travel to.</summary>
    public List<string> RegionCodes { get; set; } = [];

    /// <summary>Where the volunteer usually sets out from (WGS-84), for the distance to a site; optional.</summary>
    public double? BaseLatitude { get; set; }

    public double? BaseLongitude { get; set; }

    /// <summary>Weekly windows (Beijing time) in which the volunteer can usually serve.</summary>
    public List<AvailabilityWindow> Availability { get; set; } = [];

    /// <summary>Most sessions the volunteer takes in one calendar month.</summary>
    public int MaxSessionsPerMonth { get; set; } = 4;

    public VolunteerStatus Status { get; set; } = VolunteerStatus.Pending;
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Why a registration was rejected or a volunteer suspended; shown to the volunteer.</summary>
    public string? ReviewNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// Bumped by one statement at the start of every acceptance: the row lock it takes serialises one volunteer's
    /// acceptances, so the overlap and load checks that follow see every earlier acceptance.
    /// </summary>
    [NotAudited]
    public int Acceptances { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => $"志愿者 {Id}";
}

/// <summary>A weekly window: ISO day (1 = Monday … 7 = Sunday) and minutes after midnight, Beijing time.</summary>
public sealed class AvailabilityWindow
{
    public int Day { get; set; }
    public int FromMinute { get; set; }
    public int ToMinute { get; set; }

    /// <summary>Whether the window holds a stretch of one day (minutes after midnight).</summary>
    public bool Covers(int day, int fromMinute, int toMinute) => Day == day && FromMinute <= fromMinute && toMinute <= ToMinute;
}

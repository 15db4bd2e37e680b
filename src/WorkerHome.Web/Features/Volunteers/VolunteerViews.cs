using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Volunteers;

/// <summary>A volunteer as the staff directory lists it.</summary>
/// <param name="Id">Volunteer id.</param>
/// <param name="Name">The person's display name.</param>
/// <param name="UnionId">The union served with.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Qualification">Qualification code.</param>
/// <param name="QualificationName">律师, 法官…</param>
/// <param name="Organization">工作单位.</param>
/// <param name="SkillNames">Service areas in Chinese.</param>
/// <param name="Status">Pending, Verified, Rejected or Suspended.</param>
/// <param name="StatusName">待审核, 已认证…</param>
/// <param name="CreatedAt">When the person registered.</param>
public sealed record VolunteerSummary(int Id, string Name, int UnionId, string UnionName, Qualification Qualification, string QualificationName,
    string Organization, IReadOnlyList<string> SkillNames, VolunteerStatus Status, string StatusName, DateTimeOffset CreatedAt);

/// <summary>A weekly window, with its Chinese day name.</summary>
/// <param name="Day">ISO day, 1 = 周一.</param>
/// <param name="DayName">周一…周日.</param>
/// <param name="From">"08:30".</param>
/// <param name="To">"12:00".</param>
public sealed record AvailabilityView(int Day, string DayName, string From, string To);

/// <summary>A township served.</summary>
/// <param name="Code">Nine-digit code.</param>
/// <param name="Name">Its name (with the county's).</param>
public sealed record TownshipView(string Code, string Name);

/// <summary>Hours delivered this year (Beijing time).</summary>
/// <param name="Year">The year.</param>
/// <param name="Sessions">Sessions delivered.</param>
/// <param name="Hours">Total hours, one decimal.</param>
public sealed record HoursSummary(int Year, int Sessions, double Hours);

/// <summary>A volunteer's whole record, for the volunteer and for staff of the union served.</summary>
/// <param name="Id">Volunteer id.</param>
/// <param name="Name">Display name.</param>
/// <param name="UnionId">The union served with.</param>
/// <param name="UnionName">Its name.</param>
/// <param name="Qualification">Qualification code.</param>
/// <param name="QualificationName">In Chinese.</param>
/// <param name="CertificateNumber">执业证/资格证编号.</param>
/// <param name="Organization">工作单位.</param>
/// <param name="Introduction">Introduction.</param>
/// <param name="Skills">Service areas.</param>
/// <param name="SkillNames">Service areas in Chinese.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Townships">Townships served.</param>
/// <param name="Availability">Weekly windows.</param>
/// <param name="MaxSessionsPerMonth">Most sessions a month.</param>
/// <param name="BaseLatitude">Base point latitude (WGS-84).</param>
/// <param name="BaseLongitude">Base point longitude (WGS-84).</param>
/// <param name="Status">Status code.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="ReviewNote">Why it was rejected or suspended.</param>
/// <param name="ReviewedAt">When staff last decided.</param>
/// <param name="CreatedAt">When registered.</param>
/// <param name="Version">For optimistic checks of edits and reviews.</param>
/// <param name="Hours">Hours delivered this year.</param>
public sealed record VolunteerDetail(int Id, string Name, int UnionId, string UnionName, Qualification Qualification, string QualificationName,
    string CertificateNumber, string Organization, string? Introduction, IReadOnlyList<NeedCategory> Skills, IReadOnlyList<string> SkillNames,
    IReadOnlyList<string> Tags, IReadOnlyList<TownshipView> Townships, IReadOnlyList<AvailabilityView> Availability, int MaxSessionsPerMonth,
    double? BaseLatitude, double? BaseLongitude, VolunteerStatus Status, string StatusName, string? ReviewNote, DateTimeOffset? ReviewedAt,
    DateTimeOffset CreatedAt, int Version, HoursSummary Hours);

/// <summary>Builds <see cref="VolunteerDetail"/> for the use cases that answer with it.</summary>
public sealed class VolunteerDetails(AppDbContext db, VolunteerHours hours, TimeProvider time)
{
    public async Task<VolunteerDetail> LoadAsync(int id, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == id, ct);
        var names = await db.Users.Where(u => u.Id == volunteer.UserId).Select(u => u.DisplayName).FirstAsync(ct);
        var unionName = await db.Unions.Where(u => u.Id == volunteer.UnionId).Select(u => u.Name).FirstAsync(ct);
        var codes = volunteer.RegionCodes;
        var counties = codes.Select(c => c[..6]).Distinct(StringComparer.Ordinal).ToList();
        var regionNames = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code) || counties.Contains(r.Code))
            .ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var year = time.LocalNow().Year;
        var report = await hours.ReportAsync(id, year, ct);
        return new VolunteerDetail(volunteer.Id, names, volunteer.UnionId, unionName, volunteer.Qualification, volunteer.Qualification.Chinese(),
            volunteer.CertificateNumber, volunteer.Organization, volunteer.Introduction, volunteer.Skills,
            volunteer.Skills.Select(s => s.Chinese()).ToList(), volunteer.Tags,
            codes.Select(c => new TownshipView(c, TownshipName(c, regionNames))).ToList(),
            volunteer.Availability.OrderBy(w => w.Day).ThenBy(w => w.FromMinute).Select(ToView).ToList(),
            volunteer.MaxSessionsPerMonth, volunteer.BaseLatitude, volunteer.BaseLongitude, volunteer.Status, volunteer.Status.Chinese(),
            volunteer.ReviewNote, volunteer.ReviewedAt, volunteer.CreatedAt, volunteer.Version,
            new HoursSummary(year, report.Sessions.Count, report.TotalHours));
    }

    public static AvailabilityView ToView(AvailabilityWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new AvailabilityView(window.Day, DayName(window.Day), ChinaTime.FormatMinutes(window.FromMinute), ChinaTime.FormatMinutes(window.ToMinute));
    }

    /// <summary>"周一" for ISO day 1.</summary>
    public static string DayName(int day) => "周" + "一二三四五六日"[day - 1];

    private static string TownshipName(string code, Dictionary<string, string> names)
    {
        var township = names.GetValueOrDefault(code, code);
        return names.TryGetValue(code[..6], out var county) ? $"{county} {township}" : township;
    }
}

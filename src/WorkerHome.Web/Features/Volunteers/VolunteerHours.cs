using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Volunteers;

/// <summary>One delivered session in a volunteer's hours (志愿时长).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="StartsAt">When it started (UTC).</param>
/// <param name="Date">"2026-12-05" (Beijing date).</param>
/// <param name="Time">"19:00-20:30" (Beijing time).</param>
/// <param name="ItemTitle">The menu item delivered.</param>
/// <param name="Place">The site (and room), or 线上.</param>
/// <param name="Online">Whether it was held online.</param>
/// <param name="Minutes">Its length in minutes.</param>
public sealed record ServiceRecord(int SessionId, DateTimeOffset StartsAt, string Date, string Time, string ItemTitle, string Place, bool Online, int Minutes);

/// <summary>A volunteer's delivered sessions in one calendar year (Beijing time) and their total.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Sessions">Delivered sessions, oldest first.</param>
/// <param name="TotalHours">Total hours, one decimal.</param>
public sealed record HoursReport(int VolunteerId, int Year, IReadOnlyList<ServiceRecord> Sessions, double TotalHours);

/// <summary>
/// Hours are counted from sessions the volunteer delivered: scheduled (not cancelled) sessions of theirs that
/// have ended by now. Nothing is stored, so a cancelled or moved session never leaves stale hours behind.
/// </summary>
public sealed class VolunteerHours(AppDbContext db, TimeProvider time)
{
    public const int EarliestYear = 2020;

    public async Task<HoursReport> ReportAsync(int volunteerId, int year, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = ChinaTime.FromLocal(new DateOnly(year, 1, 1), TimeOnly.MinValue);
        var to = ChinaTime.FromLocal(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.VolunteerId == volunteerId && s.Status == SessionStatus.Scheduled && s.EndsAt <= now && s.StartsAt >= from && s.StartsAt < to)
            .Select(s => new
            {
                s.Id,
                s.StartsAt,
                s.EndsAt,
                s.Place,
                s.SiteId,
                s.OnlineUrl,
                Title = db.MenuItems.Where(i => i.Id == s.MenuItemId).Select(i => i.Title).FirstOrDefault(),
                SiteName = db.Sites.Where(x => x.Id == s.SiteId).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var records = rows.OrderBy(r => r.StartsAt).Select(r =>
        {
            var start = ChinaTime.ToLocal(r.StartsAt);
            var end = ChinaTime.ToLocal(r.EndsAt);
            var online = r.SiteId is null && r.OnlineUrl is not null;
            var place = SessionVenue.Describe(r.SiteName, r.Place);
            return new ServiceRecord(r.Id, r.StartsAt,
                start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{end.ToString("HH:mm", CultureInfo.InvariantCulture)}",
                r.Title ?? "", place, online, (int)Math.Round((r.EndsAt - r.StartsAt).TotalMinutes));
        }).ToList();
        return new HoursReport(volunteerId, year, records, ToHours(records.Sum(r => r.Minutes)));
    }

    /// <summary>Hours with one decimal, rounded half away from zero (1 h 45 min = 1.8).</summary>
    public static double ToHours(int minutes) => Math.Round(minutes / 60.0, 1, MidpointRounding.AwayFromZero);

    /// <summary>"ZY2026-000012": the certificate number of a volunteer's hours in a year, the same every time it is printed.</summary>
    public static string CertificateNumber(int volunteerId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"ZY{year}-{volunteerId:D6}");
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sites;

/// <summary>
/// One site. Workers see public sites; staff also see the sites of their subtree in any status.
/// Anything else is "not found", so the API does not reveal what exists outside a caller's view.
/// </summary>
public sealed class GetSite(AppDbContext db, DataScope scope, SiteSummaries summaries, TimeProvider time)
{
    public async Task<Outcome<SiteDetail>> HandleAsync(int id, GeoPoint? near, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.DeletedAt == null, ct);
        if (site is null)
        {
            return SitesProblems.NotFound;
        }
        var access = await scope.GetAsync(ct);
        var unionPath = await db.Unions.Where(u => u.Id == site.UnionId).Select(u => u.Path).FirstAsync(ct);
        var canEdit = access.Covers(unionPath);
        var today = time.LocalToday();
        if (!site.IsPubliclyVisible(today) && !canEdit)
        {
            return SitesProblems.NotFound;
        }

        var row = await SiteSummaries.Project(db.Sites.Where(s => s.Id == id), db).FirstAsync(ct);
        var summary = (await summaries.BuildAsync([row], near, ct))[0];
        var hours = site.OpeningHours.OrderBy(p => p.Day).ThenBy(p => p.OpensAt).ToList();
        var gcj = ChinaCoordinates.Wgs84ToGcj02(new GeoPoint(site.Latitude, site.Longitude));
        var mapUrl = string.Create(CultureInfo.InvariantCulture,
            $"https://uri.amap.com/marker?position={gcj.Longitude:0.######},{gcj.Latitude:0.######}&name={Uri.EscapeDataString(site.Name)}&coordinate=gaode&callnative=1");

        return new SiteDetail(summary, site.HostOrganization, site.ContactName, site.ContactPhone, site.Description,
            OpeningHoursText.Format(hours.Select(p => (p.Day, p.OpensAt, p.ClosesAt))),
            hours.Select(p => new OpeningPeriodView(p.Day, ChinaTime.WeekdayName(p.Day == 7 ? DayOfWeek.Sunday : (DayOfWeek)p.Day),
                ChinaTime.FormatMinutes(p.OpensAt), ChinaTime.FormatMinutes(p.ClosesAt))).ToList(),
            site.SpecialDays.Where(e => e.Date >= today).OrderBy(e => e.Date)
                .Select(e => new SpecialDayView(e.Date, e.Closed,
                    e.OpensAt is { } o ? ChinaTime.FormatMinutes(o) : null,
                    e.ClosesAt is { } c ? ChinaTime.FormatMinutes(c) : null, e.Note)).ToList(),
            TodayText(site, time.LocalNow().DateTime),
            site.ValidFrom, site.ValidTo, site.HostProject, mapUrl, site.Version, canEdit);
    }

    /// <summary>"今天 09:00-18:00", "今天闭馆（国庆节）", "今天不开放".</summary>
    private static string TodayText(Site site, DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        if (site.Status == SiteStatus.Suspended)
        {
            return "暂停开放";
        }
        if (!site.InService(date))
        {
            return "不在服务期内";
        }
        if (site.SpecialDays.FirstOrDefault(e => e.Date == date) is { } exception)
        {
            var note = string.IsNullOrEmpty(exception.Note) ? "" : $"（{exception.Note}）";
            return exception.Closed
                ? "今天闭馆" + note
                : $"今天 {ChinaTime.FormatMinutes(exception.OpensAt!.Value)}-{ChinaTime.FormatMinutes(exception.ClosesAt!.Value)}{note}";
        }
        var periods = site.OpeningHours.Where(p => p.Day == OpeningPeriod.IsoDay(local.DayOfWeek)).OrderBy(p => p.OpensAt).ToList();
        return periods.Count == 0
            ? "今天不开放"
            : "今天 " + string.Join("、", periods.Select(p => $"{ChinaTime.FormatMinutes(p.OpensAt)}-{ChinaTime.FormatMinutes(p.ClosesAt)}"));
    }
}

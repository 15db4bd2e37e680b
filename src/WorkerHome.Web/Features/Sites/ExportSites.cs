using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Excel;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>The staff site list, with the same filters, as an Excel file that the import accepts back.</summary>
public sealed class ExportSites(AppDbContext db, SearchSites search)
{
    public const int MaxRows = 20_000;

    public async Task<Outcome<byte[]>> HandleAsync(SiteSearch filters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filters);
        filters.Scope = "managed";
        var filtered = await search.FilterAsync(filters, ct);
        if (!filtered.Succeeded)
        {
            return filtered.Problem;
        }
        var sites = await filtered.Value.Query.OrderBy(s => s.Name).ThenBy(s => s.Id).Take(MaxRows).ToListAsync(ct);
        var unionIds = sites.Select(s => s.UnionId).Distinct().ToList();
        var unions = await db.Unions.AsNoTracking().Where(u => unionIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var codes = sites.Select(s => s.RegionCode).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var areas = await db.FunctionAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var rows = sites.Select(s => (IReadOnlyList<object?>)
        [
            s.Name, s.Form.Chinese(), s.Rating.Chinese(), s.Status.Chinese(), s.HostOrganization,
            unions.GetValueOrDefault(s.UnionId), s.RegionCode, regions.GetValueOrDefault(s.RegionCode), s.Address,
            s.Latitude, s.Longitude, s.ContactName, s.ContactPhone,
            string.Join("、", s.FunctionAreaIds.Where(areas.ContainsKey).Select(id => areas[id])),
            string.Join("、", s.Amenities.Order().Select(a => a.Chinese())),
            OpeningHoursText.Format(s.OpeningHours.Select(p => (p.Day, p.OpensAt, p.ClosesAt))),
            s.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            s.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            s.HostProject, s.Description,
        ]);
        return ExcelFiles.Write(new ExcelSheet(SiteSheet.SheetName, SiteSheet.Columns, rows));
    }

    /// <summary>An empty sheet with one example row, and a second sheet that explains each column.</summary>
    public static byte[] Template()
    {
        IReadOnlyList<object?> example =
        [
            "示例：绥山镇红华苑社区职工之家（导入前请删除本行）", "共享", "市级", "运营中", "红华苑社区", "峨眉山市总工会", "511181100", "绥山镇",
            "峨眉山市绥山镇红华苑社区", 29.5952, 103.4891, "刘芳", "0833-5551234", "职工书屋、职工讲堂、户外劳动者驿站",
            "饮水、热饭、充电、如厕、休息",
            "周一至周五 09:00-21:00；周六、周日 09:00-18:00", null, null, null, "社区共享职工之家",
        ];
        return ExcelFiles.Write(
            new ExcelSheet(SiteSheet.SheetName, SiteSheet.Columns, [example]),
            new ExcelSheet("填写说明", ["列", "填写要求"], SiteSheet.Guide.Select(g => (IReadOnlyList<object?>)[g.Column, g.Rule])));
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>The reference data a site input is checked against, loaded once for one form or a whole import.</summary>
public sealed record SiteReferences(
    AccessScope Access,
    IReadOnlyDictionary<int, SiteReferences.UnionRef> Unions,
    IReadOnlyDictionary<string, SiteReferences.RegionRef> Regions,
    IReadOnlyDictionary<int, FunctionArea> FunctionAreas)
{
    public sealed record UnionRef(int Id, string Name, string Path, string? RegionCode);

    public sealed record RegionRef(string Code, string Name, RegionLevel Level);
}

/// <summary>A site input that passed every rule, with coordinates converted to WGS-84.</summary>
public sealed record CheckedSiteInput(SiteInput Input, SiteForm Form, SiteRating Rating, SiteStatus Status, GeoPoint Position,
    List<OpeningPeriod> OpeningHours, List<SpecialDay> SpecialDays)
{
    public void ApplyTo(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        site.Name = Input.Name.Trim();
        site.Form = Form;
        site.Rating = Rating;
        site.Status = Status;
        site.HostOrganization = Input.HostOrganization.Trim();
        site.UnionId = Input.UnionId;
        site.RegionCode = Input.RegionCode;
        site.Address = Input.Address.Trim();
        site.Latitude = Math.Round(Position.Latitude, 6);
        site.Longitude = Math.Round(Position.Longitude, 6);
        site.ContactName = Blank(Input.ContactName);
        site.ContactPhone = Blank(Input.ContactPhone);
        site.Description = Blank(Input.Description);
        site.FunctionAreaIds = Input.FunctionAreaIds.Distinct().Order().ToList();
        site.Amenities = Input.Amenities.Distinct().Order().ToList();
        var mobile = Form == SiteForm.Mobile;
        site.ValidFrom = mobile ? Input.ValidFrom : null;
        site.ValidTo = mobile ? Input.ValidTo : null;
        site.HostProject = mobile ? Blank(Input.HostProject) : null;
        // Replace the owned rows only when they differ, so an unchanged schedule is not rewritten.
        if (!SameHours(site.OpeningHours, OpeningHours))
        {
            site.OpeningHours = OpeningHours;
        }
        if (!SameExceptions(site.SpecialDays, SpecialDays))
        {
            site.SpecialDays = SpecialDays;
        }
    }

    private static bool SameHours(List<OpeningPeriod> a, List<OpeningPeriod> b) =>
        a.Select(p => (p.Day, p.OpensAt, p.ClosesAt)).Order().SequenceEqual(b.Select(p => (p.Day, p.OpensAt, p.ClosesAt)).Order());

    private static bool SameExceptions(List<SpecialDay> a, List<SpecialDay> b) =>
        a.Select(e => (e.Date, e.Closed, e.OpensAt, e.ClosesAt, e.Note)).OrderBy(e => e.Date)
            .SequenceEqual(b.Select(e => (e.Date, e.Closed, e.OpensAt, e.ClosesAt, e.Note)).OrderBy(e => e.Date));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// Every rule a site must satisfy, in one place for create, update and import: references exist, the union is
/// in scope, the township lies in the union's region, coordinates are in China, hours make sense, mobile sites
/// have their window and project.
/// </summary>
public sealed class SiteRules(AppDbContext db, DataScope scope)
{
    public async Task<SiteReferences> LoadReferencesAsync(IReadOnlyCollection<int> unionIds, IReadOnlyCollection<string> regionCodes, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var unions = await db.Unions.AsNoTracking().Where(u => unionIds.Contains(u.Id))
            .Select(u => new SiteReferences.UnionRef(u.Id, u.Name, u.Path, u.RegionCode))
            .ToDictionaryAsync(u => u.Id, ct);
        var regions = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code))
            .Select(r => new SiteReferences.RegionRef(r.Code, r.Name, r.Level))
            .ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        var areas = await db.FunctionAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        return new SiteReferences(access, unions, regions, areas);
    }

    /// <summary>Checks one input. Field errors come back as a validation problem; a union outside scope as 403.</summary>
    public static Outcome<CheckedSiteInput> Check(SiteInput input, SiteReferences references, IReadOnlyCollection<int>? currentAreaIds = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(references);
        var problem = CommonProblems.Validation;
        void Error(string field, string message) => problem = problem.WithError(field, message);

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            Error("name", "请填写阵地名称");
        }
        if (string.IsNullOrWhiteSpace(input.HostOrganization))
        {
            Error("hostOrganization", "请填写依托单位");
        }
        if (string.IsNullOrWhiteSpace(input.Address))
        {
            Error("address", "请填写详细地址");
        }
        if (input.Form is not { } form || !Enum.IsDefined(form))
        {
            Error("form", "请选择阵地形态（主体、共享、流动）");
            form = default;
        }
        if (input.Rating is not { } rating || !Enum.IsDefined(rating))
        {
            Error("rating", "请选择阵地级别（省级、市级、县级）");
            rating = default;
        }
        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            Error("status", "请选择阵地状态");
            status = default;
        }

        references.Unions.TryGetValue(input.UnionId, out var union);
        if (union is null)
        {
            Error("unionId", "未找到所属工会");
        }
        if (!references.Regions.TryGetValue(input.RegionCode ?? "", out var region) || region.Level != RegionLevel.Township)
        {
            Error("regionCode", "未找到该乡镇（街道），请从列表中选择");
        }
        else if (union?.RegionCode is { } unionRegion && !RegionCodes.Contains(unionRegion, region.Code))
        {
            Error("regionCode", "该乡镇（街道）不在所属工会的辖区内");
        }

        var position = default(GeoPoint);
        if (input.Latitude is not { } lat || input.Longitude is not { } lng)
        {
            Error(input.Latitude is null ? "latitude" : "longitude", "请填写经纬度");
        }
        else
        {
            position = input.Coord == "gcj02" ? ChinaCoordinates.Gcj02ToWgs84(new GeoPoint(lat, lng)) : new GeoPoint(lat, lng);
            if (lat is < 3 or > 54 || !double.IsFinite(lat))
            {
                Error("latitude", "纬度应在中国境内（3 到 54 之间）");
            }
            if (lng is < 73 or > 136 || !double.IsFinite(lng))
            {
                Error("longitude", "经度应在中国境内（73 到 136 之间）");
            }
        }

        for (var i = 0; i < input.FunctionAreaIds.Count; i++)
        {
            var id = input.FunctionAreaIds[i];
            if (!references.FunctionAreas.TryGetValue(id, out var area))
            {
                Error($"functionAreaIds[{i}]", $"未找到编号为 {id} 的功能区");
            }
            else if (!area.IsActive && currentAreaIds?.Contains(id) != true)
            {
                Error($"functionAreaIds[{i}]", $"功能区“{area.Name}”已停用");
            }
        }

        for (var i = 0; i < input.Amenities.Count; i++)
        {
            if (!Enum.IsDefined(input.Amenities[i]))
            {
                Error($"amenities[{i}]", $"驿站设施应为 {EnumText.ChoicesInChinese<StationAmenity>()}");
            }
        }

        var hours = new List<OpeningPeriod>();
        for (var i = 0; i < input.OpeningHours.Count; i++)
        {
            var period = input.OpeningHours[i];
            var opens = OpeningHoursText.ParseMinutes(period.Opens);
            var closes = OpeningHoursText.ParseMinutes(period.Closes);
            if (period.Day is < 1 or > 7)
            {
                Error($"openingHours[{i}].day", "星期应为 1（周一）到 7（周日）");
            }
            if (opens is null)
            {
                Error($"openingHours[{i}].opens", "时间格式应为 HH:mm，如 09:00");
            }
            if (closes is null)
            {
                Error($"openingHours[{i}].closes", "时间格式应为 HH:mm，如 18:00");
            }
            if (opens is not null && closes is not null)
            {
                if (opens >= closes)
                {
                    Error($"openingHours[{i}].closes", "关门时间应晚于开门时间");
                }
                else if (hours.Any(h => h.Day == period.Day && h.OpensAt < closes && opens < h.ClosesAt))
                {
                    Error($"openingHours[{i}]", "同一天的开放时段不能重叠");
                }
                else
                {
                    hours.Add(new OpeningPeriod { Day = period.Day, OpensAt = opens.Value, ClosesAt = closes.Value });
                }
            }
        }

        var exceptions = new List<SpecialDay>();
        for (var i = 0; i < input.SpecialDays.Count; i++)
        {
            var exception = input.SpecialDays[i];
            if (exception.Date is not { } date)
            {
                Error($"specialDays[{i}].date", "请填写日期");
                continue;
            }
            if (exceptions.Any(e => e.Date == date))
            {
                Error($"specialDays[{i}].date", "同一日期只能有一条例外");
                continue;
            }
            int? opens = null, closes = null;
            if (!exception.Closed)
            {
                opens = OpeningHoursText.ParseMinutes(exception.Opens);
                closes = OpeningHoursText.ParseMinutes(exception.Closes);
                if (opens is null || closes is null || opens >= closes)
                {
                    Error($"specialDays[{i}]", "不闭馆时请填写有效的开放时间（开门早于关门）");
                    continue;
                }
            }
            exceptions.Add(new SpecialDay { Date = date, Closed = exception.Closed, OpensAt = opens, ClosesAt = closes, Note = exception.Note?.Trim() });
        }

        if (form == SiteForm.Mobile)
        {
            if (input.ValidFrom is null)
            {
                Error("validFrom", "流动阵地请填写有效期开始日期");
            }
            if (input.ValidTo is null)
            {
                Error("validTo", "流动阵地请填写有效期结束日期");
            }
            if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from)
            {
                Error("validTo", "有效期结束日期不能早于开始日期");
            }
            if (string.IsNullOrWhiteSpace(input.HostProject))
            {
                Error("hostProject", "流动阵地请填写承载项目");
            }
        }

        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }
        if (!references.Access.Covers(union!.Path))
        {
            return SitesProblems.OutOfScope.WithDetail($"“{union.Name}”不在您的管理范围内");
        }
        return new CheckedSiteInput(input, form, rating, status, position, hours, exceptions);
    }
}

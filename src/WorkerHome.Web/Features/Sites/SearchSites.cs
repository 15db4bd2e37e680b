using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sites;

/// <summary>Filters for the site list. Every field is optional.</summary>
public sealed record SiteSearch
{
    /// <summary>Words in the name, address or host organisation.</summary>
    public string? Q { get; set; }

    /// <summary>Enterprise, Shared or Mobile (or 主体/共享/流动).</summary>
    public string? Form { get; set; }

    /// <summary>A function-area id: only sites that have it.</summary>
    public int? FunctionArea { get; set; }

    /// <summary>A county code (511181): sites in that county.</summary>
    public string? County { get; set; }

    /// <summary>A township code (511181100): sites in that township.</summary>
    public string? Township { get; set; }

    /// <summary>A township or county code: sort by distance from its reference point (for workers who pick a place instead of sharing a location).</summary>
    public string? NearRegion { get; set; }

    /// <summary>A union id: sites of that union and the unions below it.</summary>
    public int? Union { get; set; }

    /// <summary>A status (staff lists); workers only ever see operating and suspended sites.</summary>
    public string? Status { get; set; }

    /// <summary>
    /// Outdoor-worker station amenities, comma-separated (DrinkingWater,Charging or 饮水,充电): only sites that offer
    /// every one; <c>any</c> for every site that offers at least one (every station).
    /// </summary>
    public string? Amenities { get; set; }

    /// <summary>Only sites open at this moment.</summary>
    public bool? OpenNow { get; set; }

    /// <summary>"lat,lng": sort by distance from this point.</summary>
    public string? Near { get; set; }

    /// <summary>The coordinate system of <see cref="Near"/>: wgs84 (default) or gcj02 (WeChat, Amap).</summary>
    public string? Coord { get; set; }

    /// <summary><c>managed</c>: the staff view, every status, limited to the caller's union subtree.</summary>
    public string? Scope { get; set; }

    /// <summary>name, distance (default when near is given) or updated.</summary>
    public string? Sort { get; set; }

    /// <summary>Page number from 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    public int? PageSize { get; set; }

    public bool IsManaged => string.Equals(Scope, "managed", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The site list for workers (public sites, nearest first when a position or township is given) and for staff
/// (<c>scope=managed</c>: every status, their subtree only). One query pages in the database; distance ordering
/// uses a planar approximation that is exact enough to rank sites within a city, and the exact great-circle
/// distance is reported.
/// </summary>
public sealed class SearchSites(AppDbContext db, DataScope scope, SiteSummaries summaries, LocateRegion locate, TimeProvider time)
{
    public async Task<Outcome<PagedList<SiteSummary>>> HandleAsync(SiteSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var filtered = await FilterAsync(search, ct);
        if (!filtered.Succeeded)
        {
            return filtered.Problem;
        }
        var (query, near) = filtered.Value;
        var page = search.Page ?? 1;
        var pageSize = search.PageSize ?? 20;

        var total = await query.CountAsync(ct);
        var sort = search.Sort ?? (near is null ? "name" : "distance");
        IOrderedQueryable<Site> ordered = sort switch
        {
            "distance" when near is { } p => OrderByDistance(query, p),
            "updated" => query.OrderByDescending(s => s.UpdatedAt),
            _ => query.OrderBy(s => s.Name),
        };
        var rows = await SiteSummaries.Project(ordered.ThenBy(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize), db).ToListAsync(ct);
        var items = await summaries.BuildAsync(rows, near, ct);
        return new PagedList<SiteSummary>(items, total, page, pageSize);
    }

    /// <summary>The filtered (unordered, unpaged) query, shared with the Excel export.</summary>
    public async Task<Outcome<(IQueryable<Site> Query, GeoPoint? Near)>> FilterAsync(SiteSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var problem = Paging.Check(search.Page ?? 1, search.PageSize ?? 20) ?? CommonProblems.Validation;
        SiteForm? form = null;
        if (!string.IsNullOrEmpty(search.Form))
        {
            if (EnumText.TryParse<SiteForm>(search.Form, out var parsed))
            {
                form = parsed;
            }
            else
            {
                problem = problem.WithError("form", $"形态应为 {EnumText.ChoicesInChinese<SiteForm>()}");
            }
        }
        SiteStatus? status = null;
        if (!string.IsNullOrEmpty(search.Status))
        {
            if (EnumText.TryParse<SiteStatus>(search.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problem = problem.WithError("status", $"状态应为 {EnumText.ChoicesInChinese<SiteStatus>()}");
            }
        }
        GeoPoint? near = null;
        if (!string.IsNullOrEmpty(search.Near))
        {
            if (GeoPoint.TryParse(search.Near, out var point))
            {
                near = search.Coord?.ToUpperInvariant() switch
                {
                    null or "" or "WGS84" => point,
                    "GCJ02" => ChinaCoordinates.Gcj02ToWgs84(point),
                    _ => null,
                };
                if (near is null)
                {
                    problem = problem.WithError("coord", "坐标系应为 wgs84 或 gcj02");
                }
            }
            else
            {
                problem = problem.WithError("near", "位置格式应为“纬度,经度”，如 29.60,103.48");
            }
        }
        if (near is null && !string.IsNullOrEmpty(search.NearRegion))
        {
            near = await locate.HandleAsync(search.NearRegion, ct);
            if (near is null)
            {
                problem = problem.WithError("nearRegion", "未找到该乡镇（街道）或区县");
            }
        }
        if (search.Sort is not (null or "name" or "distance" or "updated"))
        {
            problem = problem.WithError("sort", "排序应为 name、distance 或 updated");
        }
        if (search.Scope is not null && !search.IsManaged)
        {
            problem = problem.WithError("scope", "scope 只能为 managed");
        }
        var amenities = new List<StationAmenity>();
        var anyAmenity = string.Equals(search.Amenities?.Trim(), "any", StringComparison.OrdinalIgnoreCase);
        if (!anyAmenity && !string.IsNullOrWhiteSpace(search.Amenities))
        {
            foreach (var name in search.Amenities.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EnumText.TryParse<StationAmenity>(name, out var amenity))
                {
                    amenities.Add(amenity);
                }
                else
                {
                    problem = problem.WithError("amenities", $"驿站设施应为 {EnumText.ChoicesInChinese<StationAmenity>()}，或 any");
                    break;
                }
            }
        }
        if (search.Q is { Length: > 50 })
        {
            problem = problem.WithError("q", "搜索词不能超过50个字");
        }
        if (problem.Errors is { Count: > 0 })
        {
            return problem;
        }

        var query = db.Sites.AsNoTracking().Where(s => s.DeletedAt == null);
        if (search.IsManaged)
        {
            var access = await scope.GetAsync(ct);
            if (!access.IsStaff)
            {
                return CommonProblems.Forbidden.WithDetail("scope=managed 仅限工会工作人员");
            }
            var unionIds = access.UnionIds(db);
            query = query.Where(s => unionIds.Contains(s.UnionId));
        }
        else
        {
            query = query.Where(Site.PubliclyVisible(time.LocalToday()));
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var term = search.Q.Trim();
            query = query.Where(s => s.Name.Contains(term) || s.Address.Contains(term) || s.HostOrganization.Contains(term));
        }
        if (form is not null)
        {
            query = query.Where(s => s.Form == form);
        }
        if (status is not null)
        {
            query = query.Where(s => s.Status == status);
        }
        if (search.FunctionArea is { } area)
        {
            query = query.Where(s => s.FunctionAreaIds.Contains(area));
        }
        if (anyAmenity)
        {
            query = query.Where(s => s.Amenities.Count > 0);
        }
        foreach (var amenity in amenities.Distinct())
        {
            query = query.Where(s => s.Amenities.Contains(amenity));
        }
        if (!string.IsNullOrEmpty(search.County))
        {
            var county = search.County;
            query = query.Where(s => s.RegionCode.StartsWith(county));
        }
        if (!string.IsNullOrEmpty(search.Township))
        {
            var township = search.Township;
            query = query.Where(s => s.RegionCode == township);
        }
        if (search.Union is { } unionId)
        {
            var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                return CommonProblems.Field("union", "未找到该工会组织");
            }
            var subtree = db.Unions.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            query = query.Where(s => subtree.Contains(s.UnionId));
        }
        if (search.OpenNow == true)
        {
            query = query.Where(Site.OpenAt(time.LocalNow().DateTime));
        }
        return (query, near);
    }

    private static IOrderedQueryable<Site> OrderByDistance(IQueryable<Site> query, GeoPoint p)
    {
        // Equirectangular projection: x scaled by cos(latitude) so a degree east weighs what it does on the ground.
        var lat = p.Latitude;
        var lng = p.Longitude;
        var k = Math.Cos(p.Latitude * Math.PI / 180);
        var k2 = k * k;
        return query.OrderBy(s => (s.Latitude - lat) * (s.Latitude - lat) + (s.Longitude - lng) * (s.Longitude - lng) * k2);
    }
}

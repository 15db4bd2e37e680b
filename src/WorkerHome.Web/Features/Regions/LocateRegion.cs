using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Maps;

namespace WorkerHome.Features.Regions;

/// <summary>Where a region's reference point comes from, best first.</summary>
public enum PointSource
{
    /// <summary>Its own point in the township profile (the seat of its government, kept by staff).</summary>
    [Display(Name = "自有坐标")]
    Profile = 1,

    /// <summary>The region list's point.</summary>
    [Display(Name = "区划参考点")]
    Region = 2,

    /// <summary>The centre of the sites in the township.</summary>
    [Display(Name = "辖区阵地中心")]
    Sites = 3,

    /// <summary>Its county's point (a rough stand-in).</summary>
    [Display(Name = "所在县区参考点")]
    County = 4,

    /// <summary>No point at all: it cannot be measured.</summary>
    [Display(Name = "无坐标")]
    None = 5,
}

/// <summary>A region's reference point (WGS-84), or none, and where it comes from.</summary>
public sealed record RegionPoint(GeoPoint? Point, PointSource Source);

/// <summary>
/// The point to measure from for a region: a worker who picks a township instead of sharing a location, and coverage
/// planning, which measures every township. The township profile's own point, else the region list's point, else
/// the centre of the sites in it, else its county's point.
/// </summary>
public sealed class LocateRegion(AppDbContext db)
{
    /// <summary>One region's point; null for an unknown code or one that cannot be placed.</summary>
    public async Task<GeoPoint?> HandleAsync(string code, CancellationToken ct) =>
        await db.Regions.AnyAsync(r => r.Code == code, ct) ? (await LocateAsync([code], ct))[code].Point : null;

    /// <summary>The points of many regions at once, with four queries whatever their number.</summary>
    public async Task<IReadOnlyDictionary<string, RegionPoint>> LocateAsync(IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var wanted = codes.Concat(codes.Select(Region.CountyCodeOf)).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => wanted.Contains(r.Code) && r.Latitude != null && r.Longitude != null)
            .ToDictionaryAsync(r => r.Code, r => new GeoPoint(r.Latitude!.Value, r.Longitude!.Value), StringComparer.Ordinal, ct);
        var profiles = await db.TownshipProfiles.AsNoTracking().Where(p => codes.Contains(p.RegionCode) && p.Latitude != null && p.Longitude != null)
            .ToDictionaryAsync(p => p.RegionCode, p => new GeoPoint(p.Latitude!.Value, p.Longitude!.Value), StringComparer.Ordinal, ct);
        var centres = await db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && codes.Contains(s.RegionCode))
            .GroupBy(s => s.RegionCode)
            .Select(g => new { Code = g.Key, Latitude = g.Average(s => s.Latitude), Longitude = g.Average(s => s.Longitude) })
            .ToDictionaryAsync(g => g.Code, g => new GeoPoint(g.Latitude, g.Longitude), StringComparer.Ordinal, ct);
        return codes.Distinct(StringComparer.Ordinal).ToDictionary(code => code, code =>
        {
            var county = Region.CountyCodeOf(code);
            return profiles.TryGetValue(code, out var own) ? new RegionPoint(own, PointSource.Profile)
                : regions.TryGetValue(code, out var listed) ? new RegionPoint(listed, PointSource.Region)
                : centres.TryGetValue(code, out var centre) ? new RegionPoint(centre, PointSource.Sites)
                : county != code && regions.TryGetValue(county, out var seat) ? new RegionPoint(seat, PointSource.County)
                : new RegionPoint(null, PointSource.None);
        }, StringComparer.Ordinal);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Maps;

namespace WorkerHome.Features.Regions;

/// <summary>
/// The point to measure from when a worker picks a township instead of sharing a location: the region's own
/// reference point, else the centre of the sites in it, else its county's point.
/// </summary>
public sealed class LocateRegion(AppDbContext db)
{
    public async Task<GeoPoint?> HandleAsync(string code, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == code)
            .Select(r => new { r.Latitude, r.Longitude }).FirstOrDefaultAsync(ct);
        if (region is null)
        {
            return null;
        }
        if (region is { Latitude: { } lat, Longitude: { } lng })
        {
            return new GeoPoint(lat, lng);
        }
        var sites = await db.Sites.AsNoTracking().Where(s => s.RegionCode == code && s.DeletedAt == null)
            .GroupBy(s => s.RegionCode)
            .Select(g => new { Latitude = g.Average(s => s.Latitude), Longitude = g.Average(s => s.Longitude) })
            .FirstOrDefaultAsync(ct);
        if (sites is not null)
        {
            return new GeoPoint(sites.Latitude, sites.Longitude);
        }
        var county = Region.CountyCodeOf(code);
        return county == code ? null : await HandleAsync(county, ct);
    }
}

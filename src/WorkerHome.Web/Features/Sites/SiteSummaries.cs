using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Sites;

/// <summary>The columns a summary needs, as queries project them.</summary>
public sealed record SiteRow(int Id, string Name, SiteForm Form, SiteRating Rating, SiteStatus Status, int UnionId, string UnionName,
    string RegionCode, string Address, double Latitude, double Longitude, List<int> FunctionAreaIds, List<StationAmenity> Amenities,
    DateTimeOffset UpdatedAt);

/// <summary>Turns site rows into <see cref="SiteSummary"/> with names, distance, open-now and the five marks, in a fixed number of queries.</summary>
public sealed class SiteSummaries(AppDbContext db, TimeProvider time)
{
    public static IQueryable<SiteRow> Project(IQueryable<Site> sites, AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return sites.Select(s => new SiteRow(s.Id, s.Name, s.Form, s.Rating, s.Status, s.UnionId,
            db.Unions.Where(u => u.Id == s.UnionId).Select(u => u.Name).First(),
            s.RegionCode, s.Address, s.Latitude, s.Longitude, s.FunctionAreaIds, s.Amenities, s.UpdatedAt));
    }

    public async Task<IReadOnlyList<SiteSummary>> BuildAsync(IReadOnlyList<SiteRow> rows, GeoPoint? near, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = rows.Select(r => r.Id).ToList();
        var openNow = await db.Sites.AsNoTracking().Where(s => ids.Contains(s.Id)).Where(Site.OpenAt(time.LocalNow().DateTime))
            .Select(s => s.Id).ToListAsync(ct);
        var open = openNow.ToHashSet();
        var codes = rows.Select(r => r.RegionCode).Concat(rows.Select(r => Region.CountyCodeOf(r.RegionCode))).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code))
            .ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var areas = await db.FunctionAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);

        return rows.Select(r =>
        {
            var covered = r.FunctionAreaIds.Aggregate(CoreFunction.None,
                (c, id) => areas.TryGetValue(id, out var area) ? c | area.CoreFunctions : c);
            return new SiteSummary(r.Id, r.Name, r.Form, r.Form.Chinese(), r.Rating, r.Rating.Chinese(), r.Status, r.Status.Chinese(),
                r.UnionId, r.UnionName, r.RegionCode, names.GetValueOrDefault(r.RegionCode, ""),
                names.GetValueOrDefault(Region.CountyCodeOf(r.RegionCode), ""), r.Address, r.Latitude, r.Longitude,
                near is { } point ? Math.Round(point.DistanceKmTo(new GeoPoint(r.Latitude, r.Longitude)), 2) : null,
                open.Contains(r.Id),
                r.FunctionAreaIds.Where(areas.ContainsKey).Select(id => areas[id])
                    .OrderBy(a => a.SortOrder).Select(a => new FunctionAreaTag(a.Id, a.Name)).ToList(),
                CoreFunctionMark.For(covered),
                AmenityTag.Of(r.Amenities),
                r.UpdatedAt);
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Planning;

/// <summary>A township's coverage.</summary>
/// <param name="Code">Nine-digit region code.</param>
/// <param name="Name">Township or street.</param>
/// <param name="CountyCode">Its county.</param>
/// <param name="CountyName">Its county's name.</param>
/// <param name="Workers">Workers (from the township profile; 0 when unknown).</param>
/// <param name="Latitude">Reference point (WGS-84).</param>
/// <param name="Longitude">Reference point (WGS-84).</param>
/// <param name="PointSource">Where the point comes from; anything but Profile is a fallback.</param>
/// <param name="PointSourceName">The same in Chinese.</param>
/// <param name="NearestSiteId">The nearest operating shared site.</param>
/// <param name="NearestSiteName">Its name.</param>
/// <param name="DistanceKm">Distance to it in km, one decimal.</param>
/// <param name="Covered">Whether that distance is within the threshold.</param>
/// <param name="ProfileSource">Where the profile's figures come from.</param>
public sealed record TownshipCoverage(string Code, string Name, string CountyCode, string CountyName, int Workers, double? Latitude, double? Longitude,
    PointSource PointSource, string PointSourceName, int? NearestSiteId, string? NearestSiteName, double? DistanceKm, bool Covered, string? ProfileSource);

/// <summary>Covered against total, by townships and by workers.</summary>
public sealed record CoverageSummary(int TownshipsCovered, int Townships, long WorkersCovered, long Workers)
{
    /// <summary>Share of workers covered, 0–1.</summary>
    public double WorkerRate => Workers == 0 ? 0 : (double)WorkersCovered / Workers;
}

/// <summary>The coverage of an area's townships by operating shared sites.</summary>
/// <param name="ThresholdKm">The distance a shared site reaches.</param>
/// <param name="Summary">Covered against total.</param>
/// <param name="Townships">Uncovered first, then by workers.</param>
public sealed record CoverageReport(double ThresholdKm, CoverageSummary Summary, IReadOnlyList<TownshipCoverage> Townships);

/// <summary>For each township in the user's area: its point, workers, nearest operating shared site and whether it is covered.</summary>
public sealed class ListTownshipCoverage(AppDbContext db, CoverageArea area, LocateRegion locate, IOptions<CoverageOptions> options)
{
    public async Task<Outcome<CoverageReport>> HandleAsync(string? county, double? thresholdKm, CancellationToken ct)
    {
        var threshold = thresholdKm ?? options.Value.ThresholdKm;
        if (!double.IsFinite(threshold) || threshold is < CoverageOptions.MinThresholdKm or > CoverageOptions.MaxThresholdKm)
        {
            return CommonProblems.Field("thresholdKm", "覆盖半径应在 0.5 到 50 公里之间");
        }
        var prefixes = await area.PrefixesAsync(county, ct);
        if (!prefixes.Succeeded)
        {
            return prefixes.Problem;
        }
        return await ForPrefixesAsync(prefixes.Value, threshold, ct);
    }

    /// <summary>The coverage of the townships under these region-code prefixes (no scope check: the caller has done it).</summary>
    public Task<CoverageReport> ForPrefixesAsync(IReadOnlyList<string> prefixes, double threshold, CancellationToken ct) =>
        ReportAsync(prefixes, threshold, nearbyOnly: false, ct);

    /// <summary>
    /// Covered against total for the townships under these prefixes (the statistics dashboard): the same figures, with
    /// only the shared sites that can be within the threshold of one of the townships read and measured.
    /// </summary>
    public async Task<CoverageSummary> SummaryForPrefixesAsync(IReadOnlyList<string> prefixes, double threshold, CancellationToken ct) =>
        (await ReportAsync(prefixes, threshold, nearbyOnly: true, ct)).Summary;

    /// <summary>
    /// Every township with its nearest operating shared site. With <paramref name="nearbyOnly"/> (for the summary only)
    /// the candidates are the sites in a box reaching the threshold around the townships, and a township's site is the
    /// first one found within the threshold, or none.
    /// </summary>
    private async Task<CoverageReport> ReportAsync(IReadOnlyList<string> prefixes, double threshold, bool nearbyOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var list = prefixes.ToList();
        var townships = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Township && list.Any(p => r.Code.StartsWith(p)))
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(ct);
        var codes = townships.Select(t => t.Code).ToList();
        var countyCodes = codes.Select(Region.CountyCodeOf).Distinct().ToList();
        var countyNames = await db.Regions.AsNoTracking().Where(r => countyCodes.Contains(r.Code))
            .ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct);
        var profiles = await db.TownshipProfiles.AsNoTracking().Where(p => codes.Contains(p.RegionCode))
            .ToDictionaryAsync(p => p.RegionCode, StringComparer.Ordinal, ct);
        var points = await locate.LocateAsync(codes, ct);
        var candidates = db.Sites.AsNoTracking().Where(s => s.DeletedAt == null && s.Form == SiteForm.Shared && s.Status == SiteStatus.Operating);
        if (nearbyOnly)
        {
            var placed = points.Values.Where(p => p.Point is not null).Select(p => p.Point!.Value).ToList();
            var (south, north, west, east) = placed.Count == 0 ? (0d, -1d, 0d, -1d) : GeoPoint.BoxAround(placed, threshold);
            candidates = candidates.Where(s => s.Latitude >= south && s.Latitude <= north && s.Longitude >= west && s.Longitude <= east);
        }
        var shared = await candidates.Select(s => new { s.Id, s.Name, s.Latitude, s.Longitude }).ToListAsync(ct);

        var rows = townships.Select(t =>
        {
            var profile = profiles.GetValueOrDefault(t.Code);
            var countyCode = Region.CountyCodeOf(t.Code);
            var (point, source) = points[t.Code];
            var distances = point is { } p ? shared.Select(s => (Site: s, Km: p.DistanceKmTo(new GeoPoint(s.Latitude, s.Longitude)))) : [];
            // Only whether a site is within reach counts for a summary, so it stops at the first one.
            var nearest = nearbyOnly ? distances.FirstOrDefault(x => x.Km <= threshold) : shared.Count > 0 ? distances.MinBy(x => x.Km) : default;
            double? km = nearest.Site is null ? null : Math.Round(nearest.Km, 1, MidpointRounding.AwayFromZero);
            return new TownshipCoverage(t.Code, t.Name, countyCode, countyNames.GetValueOrDefault(countyCode) ?? countyCode, profile?.Workers ?? 0,
                point?.Latitude, point?.Longitude, source, source.Chinese(), nearest.Site?.Id, nearest.Site?.Name, km,
                nearest.Site is not null && nearest.Km <= threshold, profile?.Source);
        }).OrderBy(t => t.Covered).ThenByDescending(t => t.Workers).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();

        var summary = new CoverageSummary(rows.Count(r => r.Covered), rows.Count, rows.Where(r => r.Covered).Sum(r => (long)r.Workers), rows.Sum(r => (long)r.Workers));
        return new CoverageReport(threshold, summary, rows);
    }
}

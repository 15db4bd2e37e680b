using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Regions;

/// <summary>A region as pickers and filters show it.</summary>
/// <param name="Code">GB/T 2260 code (6 digits) or township code (9 digits).</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Level">Province, City, County or Township.</param>
/// <param name="ParentCode">The code of the region above.</param>
public sealed record RegionItem(string Code, string Name, RegionLevel Level, string? ParentCode);

/// <summary>Lists the children of a region, or the top-level regions, or every region of one level.</summary>
public sealed class ListRegions(AppDbContext db)
{
    public async Task<IReadOnlyList<RegionItem>> HandleAsync(string? parentCode, RegionLevel? level, CancellationToken ct)
    {
        var query = db.Regions.AsNoTracking();
        if (!string.IsNullOrEmpty(parentCode))
        {
            query = query.Where(r => r.ParentCode == parentCode);
        }
        else if (level is null)
        {
            query = query.Where(r => r.ParentCode == null);
        }
        if (level is not null)
        {
            query = query.Where(r => r.Level == level);
        }
        return await query.OrderBy(r => r.Code)
            .Select(r => new RegionItem(r.Code, r.Name, r.Level, r.ParentCode))
            .ToListAsync(ct);
    }

    /// <summary>The counties with their townships, for grouped pickers.</summary>
    public async Task<IReadOnlyList<(RegionItem County, IReadOnlyList<RegionItem> Townships)>> CountiesWithTownshipsAsync(CancellationToken ct)
    {
        var all = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.County || r.Level == RegionLevel.Township)
            .OrderBy(r => r.Code)
            .Select(r => new RegionItem(r.Code, r.Name, r.Level, r.ParentCode))
            .ToListAsync(ct);
        return all.Where(r => r.Level == RegionLevel.County)
            .Select(c => (c, (IReadOnlyList<RegionItem>)all.Where(t => t.ParentCode == c.Code).ToList()))
            .ToList();
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Aid;

/// <summary>The three reviewing unions of an application: its own, its county ancestor, its city ancestor (by <see cref="Union.Path"/>).</summary>
public sealed record AidChain(int UnionId, string UnionName, int CountyUnionId, int CityUnionId)
{
    public int UnionAt(AidLevel level) => level switch
    {
        AidLevel.Grassroots => UnionId,
        AidLevel.County => CountyUnionId,
        _ => CityUnionId,
    };

    public static int UnionAt(AidApplication application, AidLevel level)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new AidChain(application.UnionId, "", application.CountyUnionId, application.CityUnionId).UnionAt(level);
    }

    /// <summary>The chain for a grassroots or township union that has a county and a city above it; null otherwise.</summary>
    public static async Task<AidChain?> FindAsync(AppDbContext db, int unionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var union = await db.Unions.AsNoTracking().Where(u => u.Id == unionId && (u.Level == UnionLevel.Grassroots || u.Level == UnionLevel.Township))
            .Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (union is null)
        {
            return null;
        }
        var ids = union.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var ancestors = await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id) && (u.Level == UnionLevel.County || u.Level == UnionLevel.City))
            .Select(u => new { u.Id, u.Level }).ToListAsync(ct);
        var county = ancestors.FirstOrDefault(a => a.Level == UnionLevel.County);
        var city = ancestors.FirstOrDefault(a => a.Level == UnionLevel.City);
        return county is null || city is null ? null : new AidChain(union.Id, union.Name, county.Id, city.Id);
    }
}

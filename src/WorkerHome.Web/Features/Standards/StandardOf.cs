using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Standards;

/// <summary>Which standard measures a site: the active one for its form and rating set by its nearest union above.</summary>
public static class StandardOf
{
    public static async Task<ConstructionStandard?> FindAsync(AppDbContext db, int unionId, SiteForm form, SiteRating rating, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return null;
        }
        var ancestors = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var candidates = await db.Standards.AsNoTracking()
            .Where(s => s.IsActive && s.Form == form && s.Rating == rating && ancestors.Contains(s.UnionId))
            .ToListAsync(ct);
        // The deepest owner wins: a county may tighten the city's guide for its own sites.
        return candidates.OrderByDescending(s => ancestors.IndexOf(s.UnionId)).FirstOrDefault();
    }
}

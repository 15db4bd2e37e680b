using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Standards;

/// <summary>A site as its assessments see it, and what the caller may do with it.</summary>
/// <param name="Site">The site.</param>
/// <param name="UnionName">Its union's name.</param>
/// <param name="InScope">The caller covers the site's union: reads its assessments and assesses it themselves.</param>
/// <param name="InspectorUnionId">The union the caller would inspect for: the deepest of theirs above the site's union; null when they may not inspect.</param>
public sealed record SiteAccessInfo(Site Site, string UnionName, bool InScope, int? InspectorUnionId);

/// <summary>
/// Who may assess a site: staff covering its union read its assessments and assess it themselves; an inspection
/// needs scope over the parent union (the level above), so a union never inspects its own site.
/// </summary>
public sealed class SiteAccessFinder(AppDbContext db, DataScope scope)
{
    public async Task<SiteAccessInfo?> FindAsync(int siteId, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId && s.DeletedAt == null, ct);
        if (site is null)
        {
            return null;
        }
        var union = await db.Unions.AsNoTracking().Where(u => u.Id == site.UnionId)
            .Select(u => new { u.Name, u.Path, u.ParentId }).FirstAsync(ct);
        var access = await scope.GetAsync(ct);
        if (!access.Covers(union.Path))
        {
            return new SiteAccessInfo(site, union.Name, false, null);
        }
        int? inspector = null;
        if (union.ParentId is { } parentId)
        {
            var parentPath = await db.Unions.Where(u => u.Id == parentId).Select(u => u.Path).FirstAsync(ct);
            if (access.IsSystemAdmin)
            {
                inspector = parentId;
            }
            else if (access.Covers(parentPath))
            {
                var ids = access.StaffUnionIds.ToList();
                inspector = (await db.Unions.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct))
                    .Where(u => parentPath.StartsWith(u.Path, StringComparison.Ordinal))
                    .OrderByDescending(u => u.Path.Length).Select(u => (int?)u.Id).FirstOrDefault();
            }
        }
        return new SiteAccessInfo(site, union.Name, true, inspector);
    }
}

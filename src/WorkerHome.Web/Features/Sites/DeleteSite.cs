using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sites;

/// <summary>
/// Staff remove a site of their subtree. The row is kept (soft delete) with its history in the operation log,
/// so a mistaken delete can be traced and undone by a database administrator.
/// </summary>
public sealed class DeleteSite(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, int? version, CancellationToken ct)
    {
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id && s.DeletedAt == null, ct);
        if (site is null)
        {
            return SitesProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(site.UnionId, ct))
        {
            return SitesProblems.OutOfScope;
        }
        if (version is { } expected && expected != site.Version)
        {
            return CommonProblems.StaleVersion;
        }
        site.DeletedAt = time.GetUtcNow();
        site.UpdatedAt = site.DeletedAt.Value;
        site.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
        return Done.Value;
    }
}

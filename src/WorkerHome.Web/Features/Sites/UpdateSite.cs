using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sites;

/// <summary>
/// Staff edit a site of their subtree (and may move it only to a union also in their subtree). The edit names
/// the version it was based on; if someone saved in between, it is refused rather than silently overwriting.
/// </summary>
public sealed class UpdateSite(AppDbContext db, DataScope scope, SiteRules rules, GetSite get, TimeProvider time)
{
    public async Task<Outcome<SiteDetail>> HandleAsync(int id, SiteInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Id == id && s.DeletedAt == null, ct);
        if (site is null)
        {
            return SitesProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(site.UnionId, ct))
        {
            return SitesProblems.OutOfScope;
        }
        if (input.Version is not { } version)
        {
            return SitesProblems.VersionRequired;
        }
        if (version != site.Version)
        {
            return CommonProblems.StaleVersion.WithDetail($"您编辑的是第 {version} 版，当前为第 {site.Version} 版");
        }
        var references = await rules.LoadReferencesAsync([input.UnionId], [input.RegionCode ?? ""], ct);
        var checkedInput = SiteRules.Check(input, references, site.FunctionAreaIds);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Problem;
        }
        var name = input.Name.Trim();
        if (await db.Sites.AnyAsync(s => s.Id != id && s.UnionId == input.UnionId && s.Name == name && s.DeletedAt == null, ct))
        {
            return SitesProblems.NameTaken.WithError("name", "同一工会下已有同名阵地");
        }

        checkedInput.Value.ApplyTo(site);
        if (db.Entry(site).State == EntityState.Unchanged && !db.ChangeTracker.HasChanges())
        {
            return await get.HandleAsync(id, null, ct);
        }
        site.Version = version + 1;
        site.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return SitesProblems.NameTaken.WithError("name", "同一工会下已有同名阵地");
        }
        return await get.HandleAsync(id, null, ct);
    }
}

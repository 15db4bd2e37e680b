using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Sites;

/// <summary>Staff add a site to a union inside their subtree.</summary>
public sealed class CreateSite(AppDbContext db, SiteRules rules, GetSite get, TimeProvider time)
{
    public async Task<Outcome<SiteDetail>> HandleAsync(SiteInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var references = await rules.LoadReferencesAsync([input.UnionId], [input.RegionCode ?? ""], ct);
        var checkedInput = SiteRules.Check(input, references);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.Problem;
        }
        var name = input.Name.Trim();
        if (await db.Sites.AnyAsync(s => s.UnionId == input.UnionId && s.Name == name && s.DeletedAt == null, ct))
        {
            return SitesProblems.NameTaken.WithError("name", "同一工会下已有同名阵地");
        }

        var now = time.GetUtcNow();
        var site = new Site { CreatedAt = now, UpdatedAt = now, Version = 1 };
        checkedInput.Value.ApplyTo(site);
        db.Sites.Add(site);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return SitesProblems.NameTaken.WithError("name", "同一工会下已有同名阵地");
        }
        return await get.HandleAsync(site.Id, null, ct);
    }
}

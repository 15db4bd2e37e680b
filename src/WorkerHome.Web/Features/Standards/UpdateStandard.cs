using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>
/// Staff edit a standard of their subtree, naming the version they started from. The items are replaced as a set:
/// items sent with their id keep it, the others are removed. Assessments already made keep their results and
/// scores (they were fixed when made).
/// </summary>
public sealed class UpdateStandard(AppDbContext db, DataScope scope, StandardRules rules, GetStandard get, TimeProvider time)
{
    public async Task<Outcome<StandardDetail>> HandleAsync(int id, StandardInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var standard = await db.Standards.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (standard is null || !(await get.HandleAsync(id, ct)).Succeeded)
        {
            return StandardsProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(standard.UnionId, ct))
        {
            return StandardsProblems.OutOfScope;
        }
        if (input.Version is not { } version)
        {
            return StandardsProblems.VersionRequired;
        }
        if (version != standard.Version)
        {
            return CommonProblems.StaleVersion.WithDetail($"您编辑的是第 {version} 版，当前为第 {standard.Version} 版");
        }
        var items = await db.StandardItems.Where(i => i.StandardId == id).ToListAsync(ct);
        if (await rules.CheckAsync(input, items.Select(i => i.Id).ToList(), ct) is { } problem)
        {
            return problem;
        }
        StandardRules.Apply(input, standard, items, item => db.StandardItems.Add(item), item => db.StandardItems.Remove(item));
        standard.Version = version + 1;
        standard.UpdatedAt = time.GetUtcNow();
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
            // Moving an active standard onto a form and rating that already has one.
            return StandardsProblems.AlreadyActive;
        }
        return await get.HandleAsync(id, ct);
    }
}

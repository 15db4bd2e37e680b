using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>
/// Staff switch a standard on or off. Switching one on switches off the same union's other standard for that form
/// and rating in the same transaction, so sites are never measured by two or by none in between; the filtered
/// unique index turns a simultaneous activation into a 409.
/// </summary>
public sealed class SetStandardActive(AppDbContext db, DataScope scope, GetStandard get, TimeProvider time)
{
    public async Task<Outcome<StandardDetail>> HandleAsync(int id, bool active, CancellationToken ct)
    {
        var standard = await db.Standards.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (standard is null || !(await get.HandleAsync(id, ct)).Succeeded)
        {
            return StandardsProblems.NotFound;
        }
        if (!await scope.CoversUnionAsync(standard.UnionId, ct))
        {
            return StandardsProblems.OutOfScope;
        }
        if (standard.IsActive == active)
        {
            return await get.HandleAsync(id, ct);
        }
        Outcome<bool> outcome;
        try
        {
            outcome = await db.InTransactionAsync<bool>(async token =>
            {
                var now = time.GetUtcNow();
                if (active)
                {
                    var others = await db.Standards.Where(s => s.Id != id && s.IsActive && s.UnionId == standard.UnionId
                        && s.Form == standard.Form && s.Rating == standard.Rating).ToListAsync(token);
                    foreach (var other in others)
                    {
                        other.IsActive = false;
                        other.Version++;
                        other.UpdatedAt = now;
                    }
                    // The old one must be off before the new one is on: the unique index is checked per statement.
                    await db.SaveChangesAsync(token);
                }
                var target = await db.Standards.SingleAsync(s => s.Id == id, token);
                target.IsActive = active;
                target.Version++;
                target.UpdatedAt = now;
                await db.SaveChangesAsync(token);
                return true;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return StandardsProblems.AlreadyActive;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommonProblems.StaleVersion;
        }
        return outcome.Succeeded ? await get.HandleAsync(id, ct) : outcome.Problem;
    }
}

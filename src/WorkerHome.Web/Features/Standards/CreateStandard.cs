using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Standards;

/// <summary>
/// Staff of a city or county union write a standard for a form and rating. It starts inactive, so a draft never
/// changes how sites are measured until someone activates it.
/// </summary>
public sealed class CreateStandard(AppDbContext db, StandardRules rules, GetStandard get, TimeProvider time)
{
    public async Task<Outcome<StandardDetail>> HandleAsync(StandardInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await rules.CheckAsync(input, [], ct) is { } problem)
        {
            return problem;
        }
        var saved = await db.InTransactionAsync<int>(async token =>
        {
            var now = time.GetUtcNow();
            var standard = new ConstructionStandard { Version = 1, CreatedAt = now, UpdatedAt = now };
            StandardRules.Apply(input, standard, [], _ => { }, _ => { });
            db.Standards.Add(standard);
            // The items need the standard's id, and the model has no navigation from one to the other.
            await db.SaveChangesAsync(token);
            StandardRules.Apply(input, standard, [], item => db.StandardItems.Add(item), _ => { });
            await db.SaveChangesAsync(token);
            return standard.Id;
        }, ct);
        return saved.Succeeded ? await get.HandleAsync(saved.Value, ct) : saved.Problem;
    }
}

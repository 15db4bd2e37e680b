using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Privacy;

/// <summary>A system administrator walks the whole access-log chain: any altered, removed or inserted entry breaks it.</summary>
public sealed class VerifyAccessChain(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<ChainCheck>> HandleAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsSystemAdmin)
        {
            return CommonProblems.Forbidden;
        }
        return await SensitiveAccessChain.VerifyAsync(db, ct);
    }
}

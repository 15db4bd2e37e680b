using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>Revokes a grant on a union inside the staff member's subtree; nobody revokes their own.</summary>
public sealed class RevokeRole(AppDbContext db, DataScope scope, CurrentUser current)
{
    public async Task<Outcome<Done>> HandleAsync(Guid userId, int grantId, CancellationToken ct)
    {
        var grant = await db.RoleGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, ct);
        if (grant is null)
        {
            return AccountProblems.GrantNotFound;
        }
        var access = await scope.GetAsync(ct);
        if (grant.UserId == current.UserId)
        {
            return AccountProblems.OwnGrant;
        }
        var allowed = grant.Role == Role.SystemAdmin || grant.UnionId is null
            ? access.IsSystemAdmin
            : await scope.CoversUnionAsync(grant.UnionId.Value, ct);
        if (!allowed)
        {
            return AccountProblems.GrantForbidden;
        }
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }
}

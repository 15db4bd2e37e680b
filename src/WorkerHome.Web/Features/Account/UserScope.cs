using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Account;

/// <summary>Whether a staff member manages a person: the person's home union or any of their grants lies in the subtree.</summary>
public static class UserScope
{
    public static async Task<bool> CoversAsync(AppDbContext db, AccessScope access, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        if (access.IsSystemAdmin)
        {
            return await db.Users.AnyAsync(u => u.Id == userId, ct);
        }
        var unionIds = access.UnionIds(db);
        return await db.Users.AnyAsync(u => u.Id == userId
            && ((u.HomeUnionId != null && unionIds.Contains(u.HomeUnionId.Value))
                || u.Grants.Any(g => g.UnionId != null && unionIds.Contains(g.UnionId.Value))), ct);
    }
}

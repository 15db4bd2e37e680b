using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>Blocks or unblocks sign-in for a user in the staff member's subtree.</summary>
public sealed class SetUserLock(AppDbContext db, UserManager<AppUser> users, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(Guid userId, bool locked, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AccountProblems.UserNotFound;
        }
        if (user.Id == current.UserId)
        {
            return AccountProblems.OwnGrant with { Code = "own_account", Title = "不能锁定自己的账号" };
        }
        var access = await scope.GetAsync(ct);
        var inScope = await UserScope.CoversAsync(db, access, userId, ct);
        var isAdmin = await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == Role.SystemAdmin, ct);
        if (!inScope || (isAdmin && !access.IsSystemAdmin))
        {
            return AccountProblems.UserOutOfScope;
        }
        // One save: the lock and, when locking, a new security stamp that ends open sessions.
        user.LockoutEnd = locked ? time.GetUtcNow().AddYears(100) : null;
        var result = locked ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        return result.Succeeded ? Done.Value : IdentityProblems.From(result, "userName");
    }
}

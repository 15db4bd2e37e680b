using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>
/// Resets another user's two-factor sign-in (lost phone, no recovery codes): off, new key, codes gone; they enrol
/// again at their next sign-in. Scoped like locking: a user in the staff member's subtree, administrators only by
/// administrators. Logged in the operation log.
/// </summary>
public sealed class ResetUserTwoFactor(AppDbContext db, UserManager<AppUser> users, DataScope scope, CurrentUser current, OperationLogWriter log)
{
    public async Task<Outcome<Done>> HandleAsync(Guid userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return AccountProblems.UserNotFound;
        }
        if (user.Id == current.UserId)
        {
            return AccountProblems.OwnTwoFactorReset;
        }
        var access = await scope.GetAsync(ct);
        var inScope = await UserScope.CoversAsync(db, access, userId, ct);
        var isAdmin = await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == Role.SystemAdmin, ct);
        if (!inScope || (isAdmin && !access.IsSystemAdmin))
        {
            return AccountProblems.UserOutOfScope;
        }
        var wasEnabled = user.TwoFactorEnabled;
        // Added before Identity's saves, so the entry commits with the first of them.
        log.Add(OperationKind.Updated, nameof(AppUser), user.Id.ToString(), $"重置两步验证：{user.UserName}（{user.DisplayName}）",
            user.HomeUnionId, new { TwoFactorEnabled = wasEnabled }, new { TwoFactorEnabled = false });
        return await TwoFactorReset.ApplyAsync(users, user);
    }
}

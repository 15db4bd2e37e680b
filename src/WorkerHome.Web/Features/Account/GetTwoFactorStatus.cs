using Microsoft.AspNetCore.Identity;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>Whether the signed-in user has two-factor sign-in on, and how many recovery codes are left.</summary>
public sealed class GetTwoFactorStatus(AppDbContext db, UserManager<AppUser> users, CurrentUser current, TwoFactorAccess access)
{
    public async Task<Outcome<TwoFactorStatus>> HandleAsync(CancellationToken ct)
    {
        if (current.UserId is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return CommonProblems.Unauthenticated;
        }
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        return new TwoFactorStatus(access.Mode, await StaffAccounts.IsStaffAsync(db, id, ct), enabled,
            enabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>The signed-in user, when they may manage their own two-factor sign-in (staff, feature not Off).</summary>
public sealed class TwoFactorAccess(AppDbContext db, UserManager<AppUser> users, CurrentUser current, IOptions<StaffTwoFactorOptions> options)
{
    public StaffTwoFactorMode Mode => options.Value.StaffTwoFactor;

    public async Task<Outcome<AppUser>> CurrentStaffAsync(CancellationToken ct)
    {
        if (current.UserId is not { } id || await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return CommonProblems.Unauthenticated;
        }
        if (!await StaffAccounts.IsStaffAsync(db, id, ct))
        {
            return AccountProblems.TwoFactorStaffOnly;
        }
        return Mode == StaffTwoFactorMode.Off ? AccountProblems.TwoFactorOff : user;
    }
}

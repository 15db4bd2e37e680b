using Microsoft.AspNetCore.Identity;
using WorkerHome.Infrastructure.Network;

namespace WorkerHome.Features.Account;

/// <summary>Where a completed sign-in goes: the local return address, else the console for staff and 我的 for others.</summary>
public static class LoginReturn
{
    public static async Task<string> TargetAsync(SignInManager<AppUser> signIn, AppUser user, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(user);
        if (IsLocal(returnUrl))
        {
            return returnUrl!;
        }
        var db = signIn.Context.RequestServices.GetRequiredService<WorkerHome.Data.AppDbContext>();
        return Target(returnUrl, await StaffAccounts.IsStaffAsync(db, user.Id, CancellationToken.None));
    }

    /// <summary>The same, when whether the user is staff is already known.</summary>
    public static string Target(string? returnUrl, bool isStaff) => IsLocal(returnUrl) ? returnUrl! : isStaff ? "/console/sites" : "/me";

    /// <summary>A safe local address that is not the sign-in page itself.</summary>
    public static bool IsLocal(string? url) => LocalUrls.IsSafe(url) && !url!.StartsWith("/login", StringComparison.Ordinal);
}

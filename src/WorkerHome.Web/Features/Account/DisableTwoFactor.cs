using Microsoft.AspNetCore.Identity;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>
/// Turns the user's own two-factor sign-in off, given a current code: the key and recovery codes are replaced, so
/// enrolling again starts from a new key. In Required mode the console stays closed until they enrol again.
/// </summary>
public sealed class DisableTwoFactor(UserManager<AppUser> users, TwoFactorAccess access, SecondFactor second)
{
    public async Task<Outcome<Done>> HandleAsync(TwoFactorCodeRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SecondFactor.AsTotp(request.Code) is not { } code)
        {
            return AccountProblems.TwoFactorCodeFormat;
        }
        var found = await access.CurrentStaffAsync(ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var user = found.Value;
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountProblems.TwoFactorNotEnabled;
        }
        if (!await second.VerifyTotpAsync(user, code))
        {
            return AccountProblems.TwoFactorCodeWrong;
        }
        return await TwoFactorReset.ApplyAsync(users, user);
    }
}

/// <summary>Off, with a fresh key and no recovery codes (one place for the user's own reset and an administrator's).</summary>
internal static class TwoFactorReset
{
    public static async Task<Outcome<Done>> ApplyAsync(UserManager<AppUser> users, AppUser user)
    {
        var off = await users.SetTwoFactorEnabledAsync(user, false);
        if (!off.Succeeded)
        {
            return IdentityProblems.From(off, "code");
        }
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        var key = await users.ResetAuthenticatorKeyAsync(user);
        return key.Succeeded ? Done.Value : IdentityProblems.From(key, "code");
    }
}

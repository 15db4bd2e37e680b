using Microsoft.AspNetCore.Identity;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>Confirms enrolment with a code from the app: turns two-factor sign-in on and returns 10 recovery codes, once.</summary>
public sealed class EnableTwoFactor(UserManager<AppUser> users, TwoFactorAccess access, SecondFactor second)
{
    public const int RecoveryCodeCount = 10;

    public async Task<Outcome<RecoveryCodes>> HandleAsync(TwoFactorCodeRequest request, CancellationToken ct)
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
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return AccountProblems.TwoFactorAlreadyEnabled;
        }
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return AccountProblems.TwoFactorNotStarted;
        }
        if (!await second.VerifyTotpAsync(user, code))
        {
            return AccountProblems.TwoFactorCodeWrong;
        }
        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return IdentityProblems.From(enabled, "code");
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return new RecoveryCodes((codes ?? []).ToList());
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WorkerHome.Features.Account;

/// <summary>
/// Checks a second-factor code with Identity's own providers: a 6-digit TOTP code (AuthenticatorTokenProvider,
/// RFC 6238) or a one-time recovery code. Identity accepts a TOTP code for a few 30-second steps either side and keeps
/// no record of codes used, so this keeps one (the codes used in the last five minutes, encrypted with the other
/// tokens) and refuses a code seen again. Saving that list goes through the user's concurrency stamp, so of two
/// requests racing with the same code only one can record it; the other is refused.
/// <c>SecondFactor:UnguardedForTests</c> (Testing only) skips that record, for the control of the concurrency test.
/// </summary>
public sealed class SecondFactor(UserManager<AppUser> users, TimeProvider time, IOptions<SecondFactorOptions> options)
{
    public const string LoginProvider = "[WorkerHome]";
    public const string UsedCodesName = "UsedAuthenticatorCodes";
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);

    /// <summary>The code as 6 digits (spaces allowed between), or null.</summary>
    public static string? AsTotp(string? code)
    {
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>A recovery code as Identity writes it (XXXXX-XXXXX, upper case), or null.</summary>
    public static string? AsRecoveryCode(string? code)
    {
        var plain = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return plain.Length == 10 && plain.All(char.IsAsciiLetterOrDigit) ? plain[..5] + "-" + plain[5..] : null;
    }

    /// <summary>A TOTP code or a recovery code (which is then used up).</summary>
    public async Task<bool> VerifyAsync(AppUser user, string? code)
    {
        if (AsTotp(code) is { } totp)
        {
            return await VerifyTotpAsync(user, totp);
        }
        if (AsRecoveryCode(code) is { } recovery)
        {
            return (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded;
        }
        return false;
    }

    public async Task<bool> VerifyTotpAsync(AppUser user, string code)
    {
        var guarded = !options.Value.UnguardedForTests;
        return !(guarded && await WasUsedAsync(user, code))
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            && (!guarded || await MarkUsedAsync(user, code));
    }

    public async Task<bool> WasUsedAsync(AppUser user, string code) =>
        (await RecentAsync(user)).Any(u => u.Code == code);

    /// <summary>Records a code as used; false when another request changed the user meanwhile (then refuse the code).</summary>
    public async Task<bool> MarkUsedAsync(AppUser user, string code)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var kept = (await RecentAsync(user)).Append((Code: code, At: now)).Select(u => $"{u.Code}@{u.At.ToString(CultureInfo.InvariantCulture)}");
        var saved = await users.SetAuthenticationTokenAsync(user, LoginProvider, UsedCodesName, string.Join(';', kept));
        return saved.Succeeded;
    }

    private async Task<List<(string Code, long At)>> RecentAsync(AppUser user)
    {
        var stored = await users.GetAuthenticationTokenAsync(user, LoginProvider, UsedCodesName) ?? "";
        var since = (time.GetUtcNow() - Remember).ToUnixTimeSeconds();
        return stored.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('@'))
            .Where(p => p.Length == 2 && long.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => (Code: p[0], At: long.Parse(p[1], CultureInfo.InvariantCulture)))
            .Where(u => u.At >= since)
            .ToList();
    }
}

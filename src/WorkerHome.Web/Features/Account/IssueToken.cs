using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>Credentials for an API token.</summary>
public sealed record TokenRequest
{
    /// <summary>Account name or mobile number.</summary>
    [Required(ErrorMessage = "请输入账号或手机号")]
    [StringLength(64, ErrorMessage = "账号不能超过64个字符")]
    public string UserName { get; init; } = "";

    /// <summary>Password.</summary>
    [Required(ErrorMessage = "请输入密码")]
    [StringLength(128, ErrorMessage = "密码不能超过128个字符")]
    public string Password { get; init; } = "";

    /// <summary>
    /// For staff with two-factor sign-in: the 6 digits from the authenticator app, or one recovery code (XXXXX-XXXXX).
    /// </summary>
    [RegularExpression(@"^\s*(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})\s*$", ErrorMessage = "验证码为6位数字，或10位恢复码")]
    public string? Code { get; init; }
}

/// <summary>A bearer token for the Authorization header.</summary>
/// <param name="AccessToken">The token; send as <c>Authorization: Bearer {token}</c>.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
public sealed record TokenResponse(string AccessToken, long ExpiresIn, string TokenType = "Bearer");

/// <summary>Checks credentials (with lockout after repeated failures) and issues a bearer token.</summary>
public sealed class IssueToken(
    UserLookup lookup,
    SignInManager<AppUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearer,
    IOptions<StaffTwoFactorOptions> twoFactor,
    SecondFactor second,
    AppDbContext db,
    TimeProvider time)
{
    public async Task<Outcome<TokenResponse>> HandleAsync(TokenRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await lookup.FindByLoginAsync(request.UserName, ct);
        if (user is null)
        {
            return AccountProblems.InvalidCredentials;
        }
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return AccountProblems.Locked;
        }
        if (!check.Succeeded)
        {
            return AccountProblems.InvalidCredentials;
        }
        var problem = await CheckSecondFactorAsync(user, request.Code, ct);
        if (problem is not null)
        {
            return problem;
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var (token, lifetime) = AuthSetup.CreateBearerToken(bearer.Get(AppAuth.BearerScheme), principal, time);
        return new TokenResponse(token, (long)lifetime.TotalSeconds);
    }

    /// <summary>
    /// With two-factor sign-in on, a right code is needed (a wrong one counts toward the lockout like a wrong
    /// password); in Required mode a staff member who has not enrolled gets no token.
    /// </summary>
    private async Task<AppProblem?> CheckSecondFactorAsync(AppUser user, string? code, CancellationToken ct)
    {
        if (!await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            return twoFactor.Value.StaffTwoFactor == StaffTwoFactorMode.Required && await StaffAccounts.IsStaffAsync(db, user.Id, ct)
                ? AccountProblems.TwoFactorEnrollmentRequired
                : null;
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return AccountProblems.TwoFactorRequired;
        }
        if (!await second.VerifyAsync(user, code))
        {
            await signIn.UserManager.AccessFailedAsync(user);
            return await signIn.UserManager.IsLockedOutAsync(user) ? AccountProblems.Locked : AccountProblems.TwoFactorInvalid;
        }
        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        return null;
    }
}

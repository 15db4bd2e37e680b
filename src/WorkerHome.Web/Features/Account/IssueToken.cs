using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
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
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var (token, lifetime) = AuthSetup.CreateBearerToken(bearer.Get(AppAuth.BearerScheme), principal, time);
        return new TokenResponse(token, (long)lifetime.TotalSeconds);
    }
}

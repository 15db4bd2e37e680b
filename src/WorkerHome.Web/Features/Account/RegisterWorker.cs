using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>A worker signing up with a mobile number.</summary>
public sealed record RegisterRequest
{
    /// <summary>Mainland mobile number (11 digits).</summary>
    [Required(ErrorMessage = "请输入手机号")]
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string Phone { get; set; } = "";

    /// <summary>At least 8 characters with a digit.</summary>
    [Required(ErrorMessage = "请设置密码")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "密码需要 8 到 128 位")]
    public string Password { get; set; } = "";

    /// <summary>How the worker wants to be addressed.</summary>
    [Required(ErrorMessage = "请填写称呼")]
    [StringLength(20, ErrorMessage = "称呼不能超过20个字")]
    public string DisplayName { get; set; } = "";
}

/// <summary>The new account.</summary>
/// <param name="Id">User id.</param>
/// <param name="UserName">Generated account name (the phone also works for signing in).</param>
/// <param name="DisplayName">How the worker is addressed.</param>
public sealed record RegisteredUser(Guid Id, string UserName, string DisplayName);

/// <summary>Self-registration of a worker by mobile number; the phone is stored encrypted.</summary>
public sealed class RegisterWorker(AppDbContext db, UserManager<AppUser> users, UserLookup lookup, TimeProvider time)
{
    public async Task<Outcome<RegisteredUser>> HandleAsync(RegisterRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!PhoneNumbers.TryNormalize(request.Phone, out var phone))
        {
            return CommonProblems.Field("phone", "请输入正确的11位手机号");
        }
        var displayName = request.DisplayName.Trim();
        if (displayName.Length == 0)
        {
            return CommonProblems.Field("displayName", "请填写称呼");
        }
        var phoneLookup = lookup.PhoneLookupOf(phone);
        if (await db.Users.AnyAsync(u => u.PhoneLookup == phoneLookup, ct))
        {
            return AccountProblems.PhoneTaken;
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = "w" + time.GetUtcNow().ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)),
            DisplayName = displayName,
            CreatedAt = time.GetUtcNow(),
        };
        lookup.SetPhone(user, phone);
        user.Grants.Add(new RoleGrant { Role = Role.Worker, GrantedAt = time.GetUtcNow() });

        try
        {
            return await CreateAsync(user, request.Password, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return AccountProblems.PhoneTaken;
        }
    }

    private Task<Outcome<RegisteredUser>> CreateAsync(AppUser user, string password, CancellationToken ct) =>
        db.InTransactionAsync<RegisteredUser>(async _ =>
        {
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                    ? AccountProblems.PhoneTaken
                    : IdentityProblems.From(created, "password");
            }
            return new RegisteredUser(user.Id, user.UserName!, user.DisplayName);
        }, ct);
}

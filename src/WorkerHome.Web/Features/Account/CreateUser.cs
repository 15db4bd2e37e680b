using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Account;

/// <summary>An account created by staff (a colleague, a volunteer, a worker without a smartphone).</summary>
public sealed record CreateUserRequest
{
    /// <summary>Account name: letters, digits, dot, dash, underscore.</summary>
    [Required(ErrorMessage = "请填写账号")]
    [RegularExpression(@"^[A-Za-z0-9._\-]{3,32}$", ErrorMessage = "账号为3到32位字母、数字或 . _ - 符号")]
    public string UserName { get; set; } = "";

    /// <summary>Display name.</summary>
    [Required(ErrorMessage = "请填写姓名或称呼")]
    [StringLength(20, ErrorMessage = "姓名不能超过20个字")]
    public string DisplayName { get; set; } = "";

    /// <summary>Optional mobile number.</summary>
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? Phone { get; set; }

    /// <summary>Initial password, at least 8 characters with a digit.</summary>
    [Required(ErrorMessage = "请设置初始密码")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "密码需要 8 到 128 位")]
    public string Password { get; set; } = "";

    /// <summary>The union the person belongs to; must be inside the creator's scope.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择所属工会")]
    public int HomeUnionId { get; set; }
}

/// <summary>Staff create an account for someone in their subtree.</summary>
public sealed class CreateUser(AppDbContext db, UserManager<AppUser> users, UserLookup lookup, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<RegisteredUser>> HandleAsync(CreateUserRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await db.Unions.AnyAsync(u => u.Id == request.HomeUnionId, ct))
        {
            return UnionsProblems.NotFound.WithError("homeUnionId", "未找到该工会组织");
        }
        if (!await scope.CoversUnionAsync(request.HomeUnionId, ct))
        {
            return UnionsProblems.OutOfScope;
        }
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            if (!PhoneNumbers.TryNormalize(request.Phone, out var normalized))
            {
                return CommonProblems.Field("phone", "请输入正确的11位手机号");
            }
            phone = normalized;
            var phoneLookup = lookup.PhoneLookupOf(phone);
            if (await db.Users.AnyAsync(u => u.PhoneLookup == phoneLookup, ct))
            {
                return AccountProblems.PhoneTaken;
            }
        }
        if (await users.FindByNameAsync(request.UserName) is not null)
        {
            return AccountProblems.UserNameTaken;
        }

        var now = time.GetUtcNow();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.UserName,
            DisplayName = request.DisplayName.Trim(),
            HomeUnionId = request.HomeUnionId,
            CreatedAt = now,
        };
        if (phone is not null)
        {
            lookup.SetPhone(user, phone);
        }
        user.Grants.Add(new RoleGrant { Role = Role.Worker, GrantedAt = now, GrantedBy = current.UserId });
        try
        {
            return await db.InTransactionAsync<RegisteredUser>(async _ =>
            {
                var created = await users.CreateAsync(user, request.Password);
                return created.Succeeded
                    ? new RegisteredUser(user.Id, user.UserName, user.DisplayName)
                    : IdentityProblems.From(created, "userName");
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return AccountProblems.UserNameTaken;
        }
    }
}

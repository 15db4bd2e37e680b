using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Account;

/// <summary>A role to grant on a union node.</summary>
public sealed record GrantRoleRequest
{
    /// <summary>Staff, Volunteer or SystemAdmin (the last only by a system administrator).</summary>
    [Required(ErrorMessage = "请选择角色")]
    public Role? Role { get; set; }

    /// <summary>The union node the grant covers (with its subtree). Required for Staff and Volunteer.</summary>
    public int? UnionId { get; set; }
}

/// <summary>Grants a role; staff may grant only on unions inside their own subtree.</summary>
public sealed class GrantRole(AppDbContext db, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<GrantItem>> HandleAsync(Guid userId, GrantRoleRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Role is not { } role || !Enum.IsDefined(role))
        {
            return CommonProblems.Field("role", "请选择角色");
        }
        var access = await scope.GetAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return AccountProblems.UserNotFound;
        }
        if (role == Role.SystemAdmin && !access.IsSystemAdmin)
        {
            return AccountProblems.GrantForbidden;
        }
        if (role is Role.Staff or Role.Volunteer or Role.PrivacyReader && request.UnionId is null)
        {
            return AccountProblems.GrantNeedsUnion.WithError("unionId", "请选择工会组织");
        }
        string? unionName = null;
        if (request.UnionId is { } unionId)
        {
            unionName = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            if (unionName is null)
            {
                return UnionsProblems.NotFound.WithError("unionId", "未找到该工会组织");
            }
            if (!await scope.CoversUnionAsync(unionId, ct))
            {
                return UnionsProblems.OutOfScope;
            }
        }
        else if (!access.IsSystemAdmin && role != Role.Worker)
        {
            return AccountProblems.GrantForbidden;
        }
        if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == role && g.UnionId == request.UnionId, ct))
        {
            return AccountProblems.GrantExists;
        }

        var grant = new RoleGrant { UserId = userId, Role = role, UnionId = request.UnionId, GrantedAt = time.GetUtcNow(), GrantedBy = current.UserId };
        db.RoleGrants.Add(grant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return AccountProblems.GrantExists;
        }
        return new GrantItem(grant.Id, role, role.Chinese(), grant.UnionId, unionName);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Account;

namespace WorkerHome.Infrastructure.Auth;

/// <summary>Loads the current user's <see cref="AccessScope"/> once per scope.</summary>
public sealed class DataScope(AppDbContext db, CurrentUser user, Microsoft.Extensions.Options.IOptions<StaffTwoFactorOptions> twoFactor)
{
    private AccessScope? _cached;

    public async Task<AccessScope> GetAsync(CancellationToken ct)
    {
        if (_cached is not null)
        {
            return _cached;
        }
        if (user.UserId is not { } userId)
        {
            return _cached = AccessScope.None;
        }
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId && (g.Role == Role.Staff || g.Role == Role.SystemAdmin))
            .Select(g => new
            {
                g.Role,
                g.UnionId,
                Path = db.Unions.Where(u => u.Id == g.UnionId).Select(u => u.Path).FirstOrDefault(),
                Level = db.Unions.Where(u => u.Id == g.UnionId).Select(u => (int?)u.Level).FirstOrDefault(),
            })
            .ToListAsync(ct);
        if (grants.Count > 0 && twoFactor.Value.StaffTwoFactor == StaffTwoFactorMode.Required
            && !await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, ct))
        {
            // Required mode: staff powers wait until the second factor is enrolled (only the enrolment page opens).
            return _cached = AccessScope.None;
        }
        var isAdmin = grants.Any(g => g.Role == Role.SystemAdmin);
        var staff = grants.Where(g => g.Role == Role.Staff && g.Path is not null).ToList();
        return _cached = new AccessScope(
            isAdmin,
            staff.Select(g => g.UnionId!.Value).Distinct().ToList(),
            staff.Select(g => g.Path!).Distinct().ToList(),
            isAdmin ? 0 : staff.Min(g => g.Level));
    }

    /// <summary>Whether the current user may act on the union with this id.</summary>
    public async Task<bool> CoversUnionAsync(int unionId, CancellationToken ct)
    {
        var access = await GetAsync(ct);
        if (access.IsSystemAdmin)
        {
            return await db.Unions.AnyAsync(u => u.Id == unionId, ct);
        }
        var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && access.Covers(path);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Features.Account;

/// <summary>Whether a user holds a staff grant (Staff anywhere, or SystemAdmin), read from the grants themselves.</summary>
public static class StaffAccounts
{
    public static Task<bool> IsStaffAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RoleGrants.AnyAsync(g => g.UserId == userId && (g.Role == Role.Staff || g.Role == Role.SystemAdmin), ct);
    }
}

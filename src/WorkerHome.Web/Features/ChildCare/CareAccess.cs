using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.ChildCare;

/// <summary>Whether the current staff user covers a record's union; records outside are "not found" to them.</summary>
public sealed class CareAccess(AppDbContext db, DataScope scope)
{
    public async Task<bool> CoversAsync(int unionId, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return false;
        }
        var path = await db.Unions.Where(u => u.Id == unionId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && access.Covers(path);
    }
}

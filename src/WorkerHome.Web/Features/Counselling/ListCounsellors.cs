using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Counselling;

/// <summary>A counsellor serving sites in scope.</summary>
/// <param name="Id">The counsellor (volunteer id).</param>
/// <param name="Name">Name.</param>
/// <param name="Organization">工作单位.</param>
/// <param name="UnionName">The union it serves with.</param>
/// <param name="OpenSlots">Upcoming slots nobody booked yet.</param>
public sealed record CounsellorItem(int Id, string Name, string Organization, string UnionName, int OpenSlots);

/// <summary>Qualified counsellors of the unions in scope, or holding slots at them.</summary>
public sealed class ListCounsellors(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<IReadOnlyList<CounsellorItem>>> HandleAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        // Materialised: the scope's path subquery does not translate inside this query's OR with a correlated subquery.
        var unions = await access.UnionIdListAsync(db, ct);
        var now = time.GetUtcNow();
        var found = await CounsellorOf.Qualified(db).AsNoTracking()
            .Where(v => unions.Contains(v.UnionId) || db.CounsellingSlots.Any(s => s.CounsellorId == v.Id && unions.Contains(s.UnionId)))
            .OrderBy(v => v.Id).Take(200)
            .Select(v => new CounsellorItem(v.Id,
                db.Users.Where(u => u.Id == v.UserId).Select(u => u.DisplayName).First(),
                v.Organization,
                db.Unions.Where(u => u.Id == v.UnionId).Select(u => u.Name).First(),
                db.CounsellingSlots.Count(s => s.CounsellorId == v.Id && s.Status == CounsellingSlotStatus.Open && s.StartsAt > now
                    && !db.CounsellingBookings.Any(b => b.ActiveSlotId == s.Id))))
            .ToListAsync(ct);
        return found.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}

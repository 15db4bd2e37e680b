using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.RightsCases;

/// <summary>A union a worker can send a case to.</summary>
/// <param name="Id">The union.</param>
/// <param name="Name">Its name, with the county for a township (峨眉山市总工会 · 绥山镇总工会).</param>
/// <param name="Level">County or township.</param>
public sealed record IntakeUnion(int Id, string Name, UnionLevel Level);

/// <summary>
/// The county and township unions a case can go to, the county before its townships; for staff entering a walk-in
/// case or filtering their list, only those in their scope.
/// </summary>
public sealed class ListIntakeUnions(AppDbContext db, DataScope scope)
{
    public async Task<IReadOnlyList<IntakeUnion>> HandleAsync(bool inScopeOnly, CancellationToken ct)
    {
        var query = db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.County || u.Level == UnionLevel.Township);
        if (inScopeOnly)
        {
            var ids = (await scope.GetAsync(ct)).UnionIds(db);
            query = query.Where(u => ids.Contains(u.Id));
        }
        var unions = await query
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, Parent = db.Unions.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return unions.OrderBy(u => u.Level == UnionLevel.County ? u.Path : u.Path[..u.Path.TrimEnd('/').LastIndexOf('/')], StringComparer.Ordinal)
            .ThenBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new IntakeUnion(u.Id, u.Level == UnionLevel.County ? u.Name : $"{u.Parent} · {u.Name}", u.Level)).ToList();
    }
}

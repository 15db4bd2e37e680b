using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.RightsCases;

/// <summary>A union a worker can send a case to.</summary>
/// <param name="Id">The union.</param>
/// <param name="Name">Its name, with the county for a township (峨眉山市总工会 · 绥山镇总工会).</param>
/// <param name="Level">County or township.</param>
public sealed record IntakeUnion(int Id, string Name, UnionLevel Level);

/// <summary>The county and township unions a case can go to, the county before its townships.</summary>
public sealed class ListIntakeUnions(AppDbContext db)
{
    public async Task<IReadOnlyList<IntakeUnion>> HandleAsync(CancellationToken ct)
    {
        var unions = await db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.County || u.Level == UnionLevel.Township)
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, Parent = db.Unions.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return unions.OrderBy(u => u.Level == UnionLevel.County ? u.Path : u.Path[..u.Path.TrimEnd('/').LastIndexOf('/')], StringComparer.Ordinal)
            .ThenBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new IntakeUnion(u.Id, u.Level == UnionLevel.County ? u.Name : $"{u.Parent} · {u.Name}", u.Level)).ToList();
    }
}

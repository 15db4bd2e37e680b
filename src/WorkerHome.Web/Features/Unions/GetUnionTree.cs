using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Unions;

/// <summary>A union node with its children.</summary>
/// <param name="Id">Union id.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Level">Level in the hierarchy.</param>
/// <param name="LevelName">Level in Chinese.</param>
/// <param name="RegionCode">The region it serves, when known.</param>
/// <param name="SortOrder">Order among siblings.</param>
/// <param name="Children">Nodes directly below.</param>
public sealed record UnionNode(int Id, string Name, UnionLevel Level, string LevelName, string? RegionCode, int SortOrder, IReadOnlyList<UnionNode> Children);

/// <summary>The union hierarchy as a tree, whole or from one node down.</summary>
public sealed class GetUnionTree(AppDbContext db)
{
    public async Task<IReadOnlyList<UnionNode>> HandleAsync(int? rootId, CancellationToken ct)
    {
        var query = db.Unions.AsNoTracking();
        string? rootPath = null;
        if (rootId is not null)
        {
            rootPath = await db.Unions.Where(u => u.Id == rootId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (rootPath is null)
            {
                return [];
            }
            query = query.Where(u => u.Path.StartsWith(rootPath));
        }
        var rows = await query.OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.Level, u.ParentId, u.RegionCode, u.SortOrder })
            .ToListAsync(ct);
        var byParent = rows.ToLookup(r => r.ParentId);

        UnionNode Build(int id, string name, UnionLevel level, string? region, int sortOrder) =>
            new(id, name, level, level.Chinese(), region, sortOrder,
                byParent[id].Select(c => Build(c.Id, c.Name, c.Level, c.RegionCode, c.SortOrder)).ToList());

        var roots = rootId is null ? rows.Where(r => r.ParentId is null) : rows.Where(r => r.Id == rootId);
        return roots.Select(r => Build(r.Id, r.Name, r.Level, r.RegionCode, r.SortOrder)).ToList();
    }
}

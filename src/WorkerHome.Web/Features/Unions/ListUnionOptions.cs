using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Unions;

/// <summary>A union a staff member may pick, indented by depth.</summary>
/// <param name="Id">Union id.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Level">Level in the hierarchy.</param>
/// <param name="Depth">Depth below the picker's top node, for indentation.</param>
/// <param name="RegionCode">The region it serves.</param>
public sealed record UnionOption(int Id, string Name, UnionLevel Level, int Depth, string? RegionCode);

/// <summary>The unions inside the current staff member's scope, in tree order, for pickers.</summary>
public sealed class ListUnionOptions(AppDbContext db, DataScope scope)
{
    public async Task<IReadOnlyList<UnionOption>> HandleAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var rows = await db.Unions.AsNoTracking()
            .Where(u => access.UnionIds(db).Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.RegionCode, u.SortOrder })
            .ToListAsync(ct);
        var top = rows.Count == 0 ? 0 : rows.Min(r => r.Path.Count(c => c == '/'));
        var byPath = rows.ToDictionary(r => r.Path, StringComparer.Ordinal);

        // Order by the chain of (sort order, id) from the root, so each node follows its parent.
        string SortKey(string path) => string.Join(".", path.Trim('/').Split('/')
            .Select(segment => byPath.TryGetValue(PathUpTo(path, segment), out var node)
                ? $"{node.SortOrder:D6}{node.Id:D9}"
                : $"{0:D6}{int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture):D9}"));

        return rows.OrderBy(r => SortKey(r.Path), StringComparer.Ordinal)
            .Select(r => new UnionOption(r.Id, r.Name, r.Level, r.Path.Count(c => c == '/') - top, r.RegionCode))
            .ToList();
    }

    private static string PathUpTo(string path, string segment)
    {
        var marker = "/" + segment + "/";
        var index = path.IndexOf(marker, StringComparison.Ordinal);
        return path[..(index + marker.Length)];
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;

namespace WorkerHome.Infrastructure.Auth;

/// <summary>
/// What a user may act on (数据范围): the union subtrees they hold a Staff grant on, or everything for a
/// system administrator. Loaded from the database per request, so a revoked grant takes effect at once.
/// </summary>
public sealed record AccessScope(bool IsSystemAdmin, IReadOnlyList<int> StaffUnionIds, IReadOnlyList<string> StaffPaths, int? HighestLevel)
{
    public static readonly AccessScope None = new(false, [], [], null);

    public bool IsStaff => IsSystemAdmin || StaffPaths.Count > 0;

    /// <summary>Whether a union (by its path) lies inside this scope.</summary>
    public bool Covers(string unionPath)
    {
        ArgumentNullException.ThrowIfNull(unionPath);
        return IsSystemAdmin || StaffPaths.Any(p => unionPath.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The ids of every union in scope, as a subquery to compose into other queries.</summary>
    public IQueryable<int> UnionIds(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (IsSystemAdmin)
        {
            return db.Unions.Select(u => u.Id);
        }
        var paths = StaffPaths.ToList();
        return db.Unions.Where(u => paths.Any(p => u.Path.StartsWith(p))).Select(u => u.Id);
    }

    /// <summary>
    /// The ids of every union in scope, read now. For the lists that grow with a province: PostgreSQL cannot estimate
    /// how many unions a path prefix matches (it guessed 2 where there were 927) and then plans the outer query as if
    /// the scope held a handful of rows; a list of ids it can count.
    /// </summary>
    public Task<List<int>> UnionIdListAsync(AppDbContext db, CancellationToken ct) => UnionIds(db).ToListAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Membership;

/// <summary>The query of the public union picker on the apply form.</summary>
public sealed record JoinableUnionSearch
{
    /// <summary>Part of the union's name, its parent's name or its region's name (峨眉山, 绥山镇).</summary>
    public string? Q { get; init; }

    /// <summary>The applicant's work kind: 单位职工 see grassroots unions, flexible workers township and community ones.</summary>
    public WorkKind? Kind { get; init; }
}

/// <summary>
/// Unions a worker may apply to, searched by name or region; public, because applicants are not staff. Employed
/// workers join the grassroots union of their employer; flexible and gig workers a township union or a grassroots
/// (community) union under a township.
/// </summary>
public sealed class ListJoinableUnions(AppDbContext db)
{
    public const int Limit = 50;

    public async Task<IReadOnlyList<JoinableUnion>> HandleAsync(JoinableUnionSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = Joinable(db, search.Kind ?? WorkKind.FoodDelivery);
        var q = search.Q?.Trim() ?? "";
        if (q.Length > 0)
        {
            // The region's chain of names (乐山市 › 峨眉山市 › 绥山镇) is matched through the union above.
            query = query.Where(u => u.Name.Contains(q)
                || db.Unions.Any(p => u.Path.StartsWith(p.Path) && p.Id != u.Id && p.Name.Contains(q))
                || db.Regions.Any(r => r.Code == u.RegionCode && r.Name.Contains(q)));
        }
        return await query.OrderBy(u => u.Path).Take(Limit)
            .Select(u => new JoinableUnion(u.Id, u.Name, u.Level, db.Unions.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
    }

    /// <summary>The unions a worker of this kind may apply to.</summary>
    public static IQueryable<Union> Joinable(AppDbContext db, WorkKind kind)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unions = db.Unions.AsNoTracking();
        return kind == WorkKind.Employed
            ? unions.Where(u => u.Level == UnionLevel.Grassroots)
            : unions.Where(u => u.Level == UnionLevel.Township
                || (u.Level == UnionLevel.Grassroots && db.Unions.Any(p => p.Id == u.ParentId && p.Level == UnionLevel.Township)));
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Aid;

/// <summary>A union an aid application may go to: grassroots, or township for workers without one.</summary>
public sealed record AidUnion(int Id, string Name, string ParentName)
{
    public string Label => $"{ParentName} · {Name}";
}

/// <summary>Grassroots and township unions matching a name or place (at most 50), for the apply forms.</summary>
public sealed class ListAidUnions(AppDbContext db)
{
    public async Task<IReadOnlyList<AidUnion>> HandleAsync(string? q, CancellationToken ct)
    {
        var query = db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.Grassroots || u.Level == UnionLevel.Township);
        if (q?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(u => u.Name.Contains(text) || db.Unions.Any(p => p.Id == u.ParentId && p.Name.Contains(text)));
        }
        return await query.OrderBy(u => u.Level).ThenBy(u => u.Path).Take(50)
            .Select(u => new AidUnion(u.Id, u.Name, db.Unions.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
    }
}

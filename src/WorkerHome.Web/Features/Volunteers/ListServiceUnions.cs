using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Unions;

namespace WorkerHome.Features.Volunteers;

/// <summary>A county/district union and the township/street unions under it, for the registration picker.</summary>
/// <param name="Id">The county union.</param>
/// <param name="Name">Its name.</param>
/// <param name="Streets">Township and street unions below it.</param>
public sealed record ServiceUnionGroup(int Id, string Name, IReadOnlyList<ServiceUnionOption> Streets);

/// <summary>A township or street union.</summary>
/// <param name="Id">Union id.</param>
/// <param name="Name">Its name.</param>
public sealed record ServiceUnionOption(int Id, string Name);

/// <summary>The unions a person can register to serve with: every county union with its township unions.</summary>
public sealed class ListServiceUnions(AppDbContext db)
{
    public async Task<IReadOnlyList<ServiceUnionGroup>> HandleAsync(CancellationToken ct)
    {
        var rows = await db.Unions.AsNoTracking()
            .Where(u => u.Level == UnionLevel.County || u.Level == UnionLevel.Township)
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.SortOrder })
            .ToListAsync(ct);
        return rows.Where(r => r.Level == UnionLevel.County)
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(county => new ServiceUnionGroup(county.Id, county.Name, rows
                .Where(t => t.Level == UnionLevel.Township && t.Path.StartsWith(county.Path, StringComparison.Ordinal))
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new ServiceUnionOption(t.Id, t.Name)).ToList()))
            .ToList();
    }
}

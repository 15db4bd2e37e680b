using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.BattleMap;

/// <summary>A county the caller can see on the board and the map.</summary>
/// <param name="Id">Union id.</param>
/// <param name="Name">Union name.</param>
public sealed record CountyOption(int Id, string Name);

/// <summary>
/// What the board and the map show: projects whose applicant is in the caller's subtree and sites of unions in it,
/// optionally one county. A county outside the subtree simply shows nothing.
/// </summary>
public sealed class BattleMapScope(AppDbContext db, DataScope scope)
{
    public async Task<IQueryable<ConstructionProject>> ProjectsAsync(int year, int? county, CancellationToken ct)
    {
        var inScope = (await scope.GetAsync(ct)).UnionIds(db);
        var query = db.ConstructionProjects.AsNoTracking().Where(p => p.Year == year && inScope.Contains(p.UnionId));
        return county is { } id ? query.Where(p => p.CountyUnionId == id) : query;
    }

    /// <summary>The unions in scope with the county each belongs to (null above county level).</summary>
    public async Task<IReadOnlyDictionary<int, (string Name, int? CountyId)>> UnionsAsync(CancellationToken ct)
    {
        var inScope = (await scope.GetAsync(ct)).UnionIds(db);
        var unions = await db.Unions.AsNoTracking().Where(u => inScope.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Path, u.Level }).ToListAsync(ct);
        var countyIds = await db.Unions.Where(u => u.Level == UnionLevel.County).Select(u => u.Id).ToListAsync(ct);
        var counties = countyIds.ToHashSet();
        return unions.ToDictionary(u => u.Id, u => (u.Name, CountyOf(u.Path, counties)));
    }

    /// <summary>The counties in scope (and the counties of the caller's own unions), for the filter.</summary>
    public async Task<IReadOnlyList<CountyOption>> CountiesAsync(CancellationToken ct)
    {
        var inScope = (await scope.GetAsync(ct)).UnionIds(db);
        return await db.Unions.AsNoTracking().Where(u => u.Level == UnionLevel.County && inScope.Contains(u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new CountyOption(u.Id, u.Name)).ToListAsync(ct);
    }

    private static int? CountyOf(string path, HashSet<int> counties) =>
        UnionPaths.Ids(path).Where(counties.Contains).Select(id => (int?)id).FirstOrDefault();
}

internal static class Money
{
    /// <summary>¥12,345.00 from fen, exactly.</summary>
    public static string Yuan(long fen) => "¥" + (fen / 100m).ToString("N2", CultureInfo.InvariantCulture);
}

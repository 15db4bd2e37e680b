using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Sites;

/// <summary>An entry of the function-area dictionary.</summary>
/// <param name="Id">Dictionary id.</param>
/// <param name="Code">Stable code name.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="CoreFunctions">The core functions it serves.</param>
/// <param name="CoreFunctionNames">Those in Chinese.</param>
/// <param name="SortOrder">Display order.</param>
/// <param name="IsActive">Inactive entries stay on existing sites but cannot be chosen anew.</param>
/// <param name="Description">What the area is.</param>
public sealed record FunctionAreaItem(int Id, string Code, string Name, IReadOnlyList<CoreFunction> CoreFunctions,
    IReadOnlyList<string> CoreFunctionNames, int SortOrder, bool IsActive, string? Description);

public sealed class ListFunctionAreas(AppDbContext db)
{
    public async Task<IReadOnlyList<FunctionAreaItem>> HandleAsync(bool includeInactive, CancellationToken ct)
    {
        var areas = await db.FunctionAreas.AsNoTracking()
            .Where(a => includeInactive || a.IsActive)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .ToListAsync(ct);
        return areas.Select(a =>
        {
            var functions = CoreFunctions.All.Where(f => a.CoreFunctions.HasFlag(f)).ToList();
            return new FunctionAreaItem(a.Id, a.Code, a.Name, functions, functions.Select(f => f.Chinese()).ToList(), a.SortOrder, a.IsActive, a.Description);
        }).ToList();
    }
}

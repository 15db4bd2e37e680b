using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>
/// Which townships a staff member plans for: those in the regions of the unions they hold (a city: all its
/// townships; a county: its own), or one county of them when asked.
/// </summary>
public sealed class CoverageArea(AppDbContext db, DataScope scope)
{
    /// <summary>Region-code prefixes of the area; an empty prefix is everything (a system administrator).</summary>
    public async Task<Outcome<IReadOnlyList<string>>> PrefixesAsync(string? county, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        List<string>? held = null;
        if (!access.IsSystemAdmin)
        {
            var ids = access.StaffUnionIds.ToList();
            held = await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id) && u.RegionCode != null).Select(u => u.RegionCode!).ToListAsync(ct);
        }
        if (!string.IsNullOrWhiteSpace(county))
        {
            county = county.Trim();
            if (!await db.Regions.AnyAsync(r => r.Code == county && r.Level == RegionLevel.County, ct))
            {
                return CommonProblems.Field("county", "未找到该县区，请填写 6 位县级区划代码");
            }
            if (held is not null && !held.Any(h => RegionCodes.Contains(h, county)))
            {
                return PlanningProblems.TownshipOutOfScope.WithDetail("该县区不在您的管理范围内");
            }
            return new[] { county };
        }
        return held is null ? [""] : held.Select(RegionCodes.Prefix).Distinct().ToList();
    }

    /// <summary>Whether one township lies in the user's area.</summary>
    public async Task<bool> CoversAsync(string townshipCode, CancellationToken ct)
    {
        var prefixes = await PrefixesAsync(null, ct);
        return prefixes.Succeeded && prefixes.Value.Any(p => townshipCode.StartsWith(p, StringComparison.Ordinal));
    }
}

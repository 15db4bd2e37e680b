using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Maps;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Planning;

/// <summary>A township's reference point and worker count.</summary>
public sealed class TownshipProfileInput
{
    /// <summary>Latitude (WGS-84); leave both empty to fall back to the region's point.</summary>
    [Range(3.8, 53.6, ErrorMessage = "纬度应在中国境内（3.8 到 53.6）")]
    public double? Latitude { get; set; }

    /// <summary>Longitude (WGS-84).</summary>
    [Range(73.4, 135.1, ErrorMessage = "经度应在中国境内（73.4 到 135.1）")]
    public double? Longitude { get; set; }

    /// <summary>Workers in the township.</summary>
    [Range(0, 10_000_000, ErrorMessage = "职工人数应在 0 到 1000 万之间")]
    public int Workers { get; set; }

    /// <summary>Where the figures come from.</summary>
    [StringLength(100, ErrorMessage = "数据来源不能超过 100 字")]
    public string? Source { get; set; }
}

/// <summary>Staff whose area holds the township set its point and worker count.</summary>
public sealed class UpdateTownshipProfile(AppDbContext db, CoverageArea area, TimeProvider time)
{
    public async Task<Outcome<TownshipProfileInput>> HandleAsync(string code, TownshipProfileInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppProblem? problem = null;
        void Error(string field, string message) => problem = (problem ?? CommonProblems.Validation).WithError(field, message);
        if (input.Latitude.HasValue != input.Longitude.HasValue)
        {
            Error(input.Latitude.HasValue ? "longitude" : "latitude", "纬度和经度要么都填，要么都不填");
        }
        if (input.Latitude is { } lat && input.Longitude is { } lng && !(new GeoPoint(lat, lng).IsValid && lat is >= 3.8 and <= 53.6 && lng is >= 73.4 and <= 135.1))
        {
            Error("latitude", "坐标应在中国境内");
        }
        if (input.Workers is < 0 or > 10_000_000)
        {
            Error("workers", "职工人数应在 0 到 1000 万之间");
        }
        if (input.Source is { Length: > 100 })
        {
            Error("source", "数据来源不能超过 100 字");
        }
        if (problem is not null)
        {
            return problem;
        }
        if (!await db.Regions.AnyAsync(r => r.Code == code && r.Level == RegionLevel.Township, ct))
        {
            return PlanningProblems.TownshipNotFound;
        }
        if (!await area.CoversAsync(code, ct))
        {
            return PlanningProblems.TownshipOutOfScope;
        }
        var profile = await db.TownshipProfiles.FirstOrDefaultAsync(p => p.RegionCode == code, ct);
        if (profile is null)
        {
            profile = new TownshipProfile { RegionCode = code };
            db.TownshipProfiles.Add(profile);
        }
        profile.Latitude = input.Latitude;
        profile.Longitude = input.Longitude;
        profile.Workers = input.Workers;
        profile.Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        profile.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Infrastructure.Persistence.DbErrors.IsUniqueViolation(e))
        {
            return CommonProblems.Conflict.WithDetail("该乡镇（街道）的资料正被他人同时添加，请刷新后重试");
        }
        return new TownshipProfileInput { Latitude = profile.Latitude, Longitude = profile.Longitude, Workers = profile.Workers, Source = profile.Source };
    }
}

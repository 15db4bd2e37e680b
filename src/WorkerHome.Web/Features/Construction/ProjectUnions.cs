using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Construction;

/// <summary>The unions a project answers to, fixed at application.</summary>
public sealed record ProjectUnionsOf(int CountyUnionId, string? CountyRegionCode, int ReviewerUnionId);

public static class ProjectUnions
{
    /// <summary>The union level that reviews a rating: a county-rated project is reviewed by a county union, and so on.</summary>
    public static UnionLevel ReviewLevel(SiteRating rating) => rating switch
    {
        SiteRating.Provincial => UnionLevel.Province,
        SiteRating.City => UnionLevel.City,
        _ => UnionLevel.County,
    };

    /// <summary>
    /// The applicant's county (itself when it is one) and its reviewer: the nearest union strictly above it whose
    /// level is at or above the rating's, so a county applying for a county rating goes to the city.
    /// </summary>
    public static async Task<Outcome<ProjectUnionsOf>> ResolveAsync(AppDbContext db, Union applicant, SiteRating rating, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(applicant);
        var ancestorIds = UnionPaths.Ids(applicant.Path).Where(id => id != applicant.Id).ToList();
        var ancestors = await db.Unions.AsNoTracking().Where(u => ancestorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Level, u.RegionCode }).ToListAsync(ct);
        var nearestFirst = ancestors.OrderByDescending(u => ancestorIds.IndexOf(u.Id)).ToList();
        var county = applicant.Level == UnionLevel.County
            ? new { applicant.Id, applicant.Level, applicant.RegionCode }
            : nearestFirst.FirstOrDefault(u => u.Level == UnionLevel.County);
        if (county is null)
        {
            return CommonProblems.Field("unionId", "申报单位不在任何县区总工会之下");
        }
        var reviewer = nearestFirst.FirstOrDefault(u => u.Level <= ReviewLevel(rating));
        if (reviewer is null)
        {
            return ConstructionProblems.NoReviewer.WithError("rating", "申报单位之上没有该级别的工会可以评审");
        }
        return new ProjectUnionsOf(county.Id, county.RegionCode, reviewer.Id);
    }
}

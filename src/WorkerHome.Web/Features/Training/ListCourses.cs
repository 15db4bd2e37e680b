using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Training;

/// <summary>Filters for the course list.</summary>
public sealed record CourseSearch
{
    /// <summary>Only courses held at this site.</summary>
    public int? SiteId { get; init; }

    /// <summary>Words in the title or tags.</summary>
    public string? Q { get; init; }

    /// <summary>"managed": every course in the staff member's scope (drafts and finished too); otherwise published ones.</summary>
    public string? Scope { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>A line of the course list.</summary>
public sealed record CourseSummary(
    int Id, string Title, string UnionName, string? SiteName, IReadOnlyList<string> Tags, string TargetGroup, int Capacity, int Enrolled,
    DateTimeOffset? FirstSessionAt, int SessionCount, CourseStatus Status, string StatusText, DateTimeOffset EnrolUntil);

/// <summary>
/// Courses: for workers the open and running ones (enrolment open first); for staff with scope=managed every course of
/// their subtree.
/// </summary>
public sealed class ListCourses(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PagedList<CourseSummary>>> HandleAsync(CourseSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (Paging.Check(search.Page, search.PageSize) is { } problem)
        {
            return problem;
        }
        var query = db.TrainingCourses.AsNoTracking();
        if (search.Scope == "managed")
        {
            var access = await scope.GetAsync(ct);
            if (!access.IsStaff)
            {
                return CommonProblems.Forbidden;
            }
            query = query.Where(c => access.UnionIds(db).Contains(c.UnionId));
        }
        else
        {
            query = query.Where(c => c.Status == CourseStatus.Open || c.Status == CourseStatus.InProgress);
        }
        if (search.SiteId is { } siteId)
        {
            query = query.Where(c => c.SiteId == siteId);
        }
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(c => c.Title.Contains(q) || c.Tags.Contains(q));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.Status).ThenByDescending(c => c.EnrolUntil).ThenByDescending(c => c.Id)
            .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(c => new
            {
                c.Id, c.Title, c.Tags, c.TargetGroup, c.Capacity, c.Enrolled, c.Status, c.EnrolUntil,
                UnionName = db.Unions.Where(u => u.Id == c.UnionId).Select(u => u.Name).First(),
                SiteName = db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).FirstOrDefault(),
                First = db.TrainingSessions.Where(s => s.CourseId == c.Id).Min(s => (DateTimeOffset?)s.StartsAt),
                Sessions = db.TrainingSessions.Count(s => s.CourseId == c.Id),
            })
            .ToListAsync(ct);
        return new PagedList<CourseSummary>(rows.Select(r => new CourseSummary(r.Id, r.Title, r.UnionName, r.SiteName, r.Tags, r.TargetGroup,
            r.Capacity, r.Enrolled, r.First, r.Sessions, r.Status, r.Status.Chinese(), r.EnrolUntil)).ToList(), total, search.Page, search.PageSize);
    }
}

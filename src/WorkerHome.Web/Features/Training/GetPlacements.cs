using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>Placement counts of one posting.</summary>
public sealed record PostingPlacement(int PostingId, string Employer, string Title, int Openings, int Referred, int Hired);

/// <summary>Placement counts of one course: trainees completed, referred to any posting, hired.</summary>
public sealed record CoursePlacement(int CourseId, string Title, int Completed, int Referred, int Hired);

/// <summary>Placement counts (就业安置) of the staff member's union subtree: totals, per posting, per course.</summary>
public sealed record PlacementReport(int Completed, int Referred, int Hired, IReadOnlyList<PostingPlacement> Postings, IReadOnlyList<CoursePlacement> Courses);

/// <summary>
/// Placement counts over the caller's subtree. People, not referrals, are counted per course: a trainee referred to
/// two postings counts once as referred, and once as hired if any of them hired.
/// </summary>
public sealed class GetPlacements(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<PlacementReport>> HandleAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (!access.IsStaff)
        {
            return CommonProblems.Forbidden;
        }
        var unions = access.UnionIds(db);
        var postings = await db.JobPostings.AsNoTracking().Where(p => unions.Contains(p.UnionId)).OrderByDescending(p => p.Id)
            .Select(p => new PostingPlacement(p.Id, p.Employer, p.Title, p.Openings,
                db.JobReferrals.Count(r => r.PostingId == p.Id),
                db.JobReferrals.Count(r => r.PostingId == p.Id && r.Status == ReferralStatus.Hired)))
            .ToListAsync(ct);
        var courses = await db.TrainingCourses.AsNoTracking().Where(c => unions.Contains(c.UnionId) && c.Status == CourseStatus.Finished)
            .OrderByDescending(c => c.FinishedAt)
            .Select(c => new CoursePlacement(c.Id, c.Title,
                db.TrainingEnrolments.Count(e => e.CourseId == c.Id && e.Status == EnrolmentStatus.Completed),
                db.TrainingEnrolments.Count(e => e.CourseId == c.Id && e.Status == EnrolmentStatus.Completed && db.JobReferrals.Any(r => r.EnrolmentId == e.Id)),
                db.TrainingEnrolments.Count(e => e.CourseId == c.Id && e.Status == EnrolmentStatus.Completed
                    && db.JobReferrals.Any(r => r.EnrolmentId == e.Id && r.Status == ReferralStatus.Hired))))
            .ToListAsync(ct);
        return new PlacementReport(courses.Sum(c => c.Completed), postings.Sum(p => p.Referred), postings.Sum(p => p.Hired), postings, courses);
    }
}

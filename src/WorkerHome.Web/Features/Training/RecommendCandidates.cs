using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A completed trainee recommended for a posting, with the reason in words and the enrolment to refer.</summary>
public sealed record Candidate(int EnrolmentId, Guid UserId, string Name, string CourseTitle, int MatchedTags, bool SameTownship, bool SameCounty,
    DateTimeOffset CompletedAt, string Reason);

/// <summary>
/// Candidates for a posting: trainees who completed a course of the staff member's subtree and are not yet referred to
/// it, ranked by (a) how many of their course's tags the posting asks for, (b) living in the same township, then the
/// same county, (c) the most recent completion. One line per person (their best-matching course).
/// </summary>
public sealed class RecommendCandidates(AppDbContext db, DataScope scope)
{
    public async Task<Outcome<IReadOnlyList<Candidate>>> HandleAsync(int postingId, CancellationToken ct)
    {
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null || !await scope.CoversUnionAsync(posting.UnionId, ct))
        {
            return TrainingProblems.PostingNotFound;
        }
        var access = await scope.GetAsync(ct);
        var referred = db.JobReferrals.Where(r => r.PostingId == postingId).Select(r => r.UserId);
        var rows = await db.TrainingEnrolments.AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Completed && !referred.Contains(e.UserId)
                && db.TrainingCourses.Any(c => c.Id == e.CourseId && access.UnionIds(db).Contains(c.UnionId)))
            .Select(e => new
            {
                e.Id, e.UserId, e.TownshipCode, e.CompletedAt,
                Name = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).First(),
                Course = db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => new { c.Title, c.Tags }).First(),
            })
            .ToListAsync(ct);
        var county = Region.CountyCodeOf(posting.TownshipCode);
        var wanted = posting.Tags.ToHashSet(StringComparer.Ordinal);
        var ranked = rows
            .Select(r =>
            {
                var matched = r.Course.Tags.Count(wanted.Contains);
                var sameTownship = r.TownshipCode == posting.TownshipCode;
                var sameCounty = !sameTownship && Region.CountyCodeOf(r.TownshipCode) == county;
                return new Candidate(r.Id, r.UserId, r.Name, r.Course.Title, matched, sameTownship, sameCounty, r.CompletedAt ?? DateTimeOffset.MinValue,
                    ReasonFor(r.Course.Title, matched, sameTownship, sameCounty));
            })
            .GroupBy(c => c.UserId)
            .Select(g => Rank(g).First())
            .ToList();
        return Rank(ranked).Take(50).ToList();
    }

    private static IOrderedEnumerable<Candidate> Rank(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.MatchedTags).ThenByDescending(c => c.SameTownship).ThenByDescending(c => c.SameCounty)
            .ThenByDescending(c => c.CompletedAt).ThenBy(c => c.EnrolmentId);

    public static string ReasonFor(string courseTitle, int matched, bool sameTownship, bool sameCounty)
    {
        var reason = $"结业课程：{courseTitle}" + (matched > 0 ? $"（匹配 {matched} 项技能）" : "");
        return sameTownship ? reason + " · 同乡镇" : sameCounty ? reason + " · 同县区" : reason;
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Training;

/// <summary>A course session as shown on the course page.</summary>
public sealed record SessionView(int Id, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string Teacher);

/// <summary>The caller's own place in the course.</summary>
/// <param name="Id">The enrolment.</param>
/// <param name="Status">已报名, 已结业...</param>
/// <param name="Attended">Sessions attended.</param>
/// <param name="CertificateId">The certificate, once completed.</param>
public sealed record MyPlace(int Id, EnrolmentStatus Status, int Attended, int? CertificateId);

/// <summary>A course with its sessions, what the caller may do and the caller's own place.</summary>
public sealed record CourseDetail(
    int Id, int UnionId, string UnionName, int? SiteId, string? SiteName, string Title, string Description, IReadOnlyList<string> Tags,
    string TargetGroup, int Capacity, int Enrolled, DateTimeOffset EnrolFrom, DateTimeOffset EnrolUntil, CourseStatus Status, string StatusText,
    int RequiredSessions, string CertificateTitle, IReadOnlyList<SessionView> Sessions, bool CanEnrol, bool CanManage, MyPlace? Mine);

/// <summary>
/// A course for anyone but drafts, which only staff covering the union see (others get 404, as for a missing course).
/// </summary>
public sealed class GetCourse(AppDbContext db, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<CourseDetail>> HandleAsync(int id, CancellationToken ct)
    {
        var course = await db.TrainingCourses.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                Course = c,
                UnionName = db.Unions.Where(u => u.Id == c.UnionId).Select(u => u.Name).First(),
                UnionPath = db.Unions.Where(u => u.Id == c.UnionId).Select(u => u.Path).First(),
                SiteName = db.Sites.Where(s => s.Id == c.SiteId).Select(s => s.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (course is null)
        {
            return TrainingProblems.CourseNotFound;
        }
        var canManage = (await scope.GetAsync(ct)).Covers(course.UnionPath);
        var c = course.Course;
        if (c.Status == CourseStatus.Draft && !canManage)
        {
            return TrainingProblems.CourseNotFound;
        }
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == id).OrderBy(s => s.StartsAt)
            .Select(s => new SessionView(s.Id, s.Topic, s.StartsAt, s.EndsAt, s.Place, s.Teacher)).ToListAsync(ct);
        MyPlace? mine = null;
        if (current.UserId is { } userId)
        {
            mine = await db.TrainingEnrolments.AsNoTracking().Where(e => e.CourseId == id && e.UserId == userId && e.WithdrawnAt == null)
                .Select(e => new MyPlace(e.Id, e.Status, db.TrainingAttendances.Count(a => a.EnrolmentId == e.Id),
                    db.TrainingCertificates.Where(x => x.EnrolmentId == e.Id).Select(x => (int?)x.Id).FirstOrDefault()))
                .FirstOrDefaultAsync(ct);
        }
        var now = time.GetUtcNow();
        var canEnrol = mine is null && c.Status == CourseStatus.Open && c.EnrolFrom <= now && now < c.EnrolUntil && c.Enrolled < c.Capacity;
        return new CourseDetail(c.Id, c.UnionId, course.UnionName, c.SiteId, course.SiteName, c.Title, c.Description, c.Tags, c.TargetGroup,
            c.Capacity, c.Enrolled, c.EnrolFrom, c.EnrolUntil, c.Status, c.Status.Chinese(), c.RequiredSessions, c.CertificateTitle,
            sessions, canEnrol, canManage, mine);
    }
}

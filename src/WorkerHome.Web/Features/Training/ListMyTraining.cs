using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Training;

/// <summary>The worker's own courses, with attendance against the completion rule and the certificate.</summary>
public sealed class ListMyTraining(AppDbContext db, CurrentUser current)
{
    public async Task<IReadOnlyList<MyCourse>> HandleAsync(CancellationToken ct)
    {
        var userId = current.UserId;
        var rows = await db.TrainingEnrolments.AsNoTracking().Where(e => e.UserId == userId && e.WithdrawnAt == null)
            .OrderByDescending(e => e.EnrolledAt)
            .Select(e => new
            {
                e.Id, e.CourseId, e.Status,
                Course = db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => new { c.Title, c.Status, c.RequiredSessions }).First(),
                Attended = db.TrainingAttendances.Count(a => a.EnrolmentId == e.Id),
                Sessions = db.TrainingSessions.Count(s => s.CourseId == e.CourseId),
                First = db.TrainingSessions.Where(s => s.CourseId == e.CourseId).Min(s => (DateTimeOffset?)s.StartsAt),
                Certificate = db.TrainingCertificates.Where(c => c.EnrolmentId == e.Id).Select(c => (int?)c.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new MyCourse(r.Id, r.CourseId, r.Course.Title, r.Status, MyCourse.Text(r.Status), r.Course.Status, r.Attended,
            r.Course.RequiredSessions, r.Sessions, r.First, r.Certificate)).ToList();
    }
}

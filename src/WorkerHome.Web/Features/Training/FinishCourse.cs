using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Training;

/// <summary>What finishing would do (for the confirm dialog), or what it did.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="RequiredSessions">Sessions a trainee must have attended.</param>
/// <param name="Completing">Trainees who complete (attendance ≥ N) and get a certificate.</param>
/// <param name="NotCompleting">Trainees who do not.</param>
public sealed record Completion(int CourseId, int RequiredSessions, int Completing, int NotCompleting);

/// <summary>
/// Staff finish a course (结业): every trainee with at least N sessions attended is completed and gets a certificate,
/// the others are marked not completed. The course's status moves by one conditional statement first, so two staff
/// finishing at once issue one set of certificates. Numbers come from the union's yearly sequence, advanced by one
/// conditional statement that holds its row until commit, so concurrent finishes never share a number.
/// </summary>
public sealed class FinishCourse(AppDbContext db, DataScope scope, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<Completion>> PreviewAsync(int courseId, CancellationToken ct)
    {
        var course = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !await scope.CoversUnionAsync(course.UnionId, ct))
        {
            return TrainingProblems.CourseNotFound;
        }
        var counts = await AttendanceAsync(courseId, ct);
        var completing = counts.Count(c => c.Attended >= course.RequiredSessions);
        return new Completion(courseId, course.RequiredSessions, completing, counts.Count - completing);
    }

    public async Task<Outcome<Completion>> HandleAsync(int courseId, CancellationToken ct)
    {
        var course = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null || !await scope.CoversUnionAsync(course.UnionId, ct))
        {
            return TrainingProblems.CourseNotFound;
        }
        if (course.Status is not (CourseStatus.Open or CourseStatus.InProgress))
        {
            return TrainingProblems.StatusNotAllowed.WithDetail("只有报名中或进行中的课程可以结业");
        }
        var now = time.GetUtcNow();
        var year = ChinaTime.ToLocal(now).Year;
        await EnsureSequenceAsync(course.UnionId, year, ct);
        var unionName = await db.Unions.Where(u => u.Id == course.UnionId).Select(u => u.Name).FirstAsync(ct);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == courseId).Select(s => new { s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var hours = Math.Round((decimal)sessions.Sum(s => (s.EndsAt - s.StartsAt).TotalHours), 1);

        return await db.InTransactionAsync<Completion>(async token =>
        {
            var claimed = await db.TrainingCourses.Where(c => c.Id == courseId && (c.Status == CourseStatus.Open || c.Status == CourseStatus.InProgress))
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CourseStatus.Finished).SetProperty(x => x.FinishedAt, now).SetProperty(x => x.UpdatedAt, now), token);
            if (claimed != 1)
            {
                return TrainingProblems.StatusNotAllowed.WithDetail("课程已结业或已取消");
            }
            var counts = await AttendanceAsync(courseId, token);
            var completed = counts.Where(c => c.Attended >= course.RequiredSessions).ToList();
            var completedIds = completed.Select(c => c.EnrolmentId).ToList();
            await db.TrainingEnrolments.Where(e => e.CourseId == courseId && e.Status == EnrolmentStatus.Enrolled && e.WithdrawnAt == null)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, x => completedIds.Contains(x.Id) ? EnrolmentStatus.Completed : EnrolmentStatus.NotCompleted)
                    .SetProperty(x => x.CompletedAt, x => completedIds.Contains(x.Id) ? now : null), token);
            if (completed.Count > 0)
            {
                await db.CertificateSequences.Where(s => s.UnionId == course.UnionId && s.Year == year)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + completed.Count), token);
                var last = await db.CertificateSequences.Where(s => s.UnionId == course.UnionId && s.Year == year).Select(s => s.Last).SingleAsync(token);
                var serial = last - completed.Count;
                foreach (var trainee in completed)
                {
                    serial++;
                    db.TrainingCertificates.Add(new TrainingCertificate
                    {
                        EnrolmentId = trainee.EnrolmentId,
                        CourseId = courseId,
                        UserId = trainee.UserId,
                        UnionId = course.UnionId,
                        Year = year,
                        Serial = serial,
                        Number = NumberOf(course.UnionId, year, serial),
                        VerificationCode = NewCode(),
                        HolderName = trainee.Name,
                        CourseTitle = course.Title,
                        Title = course.CertificateTitle,
                        Hours = hours,
                        UnionName = unionName,
                        IssuedAt = now,
                    });
                }
                notifier.Notify(completed.Select(c => c.UserId), "培训结业", $"您已完成《{course.Title}》，结业证书已发放。", "/me/training");
                await db.SaveChangesAsync(token);
            }
            return new Completion(courseId, course.RequiredSessions, completed.Count, counts.Count - completed.Count);
        }, ct);
    }

    /// <summary>ZG{union}-{year}-{serial}: unique per issuing union and year, and so across the platform.</summary>
    public static string NumberOf(int unionId, int year, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"ZG{unionId}-{year}-{serial:D6}");

    /// <summary>144 random bits, URL-safe: not guessable, and short enough for a QR code.</summary>
    public static string NewCode() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    private sealed record Trainee(int EnrolmentId, Guid UserId, string Name, int Attended);

    private async Task<List<Trainee>> AttendanceAsync(int courseId, CancellationToken ct) =>
        await db.TrainingEnrolments.AsNoTracking()
            .Where(e => e.CourseId == courseId && e.WithdrawnAt == null && e.Status == EnrolmentStatus.Enrolled)
            .Select(e => new Trainee(e.Id, e.UserId, db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).First(),
                db.TrainingAttendances.Count(a => a.EnrolmentId == e.Id)))
            .ToListAsync(ct);

    /// <summary>The year's sequence row, created once; a concurrent creator's row is as good as ours.</summary>
    private async Task EnsureSequenceAsync(int unionId, int year, CancellationToken ct)
    {
        if (await db.CertificateSequences.AnyAsync(s => s.UnionId == unionId && s.Year == year, ct))
        {
            return;
        }
        db.CertificateSequences.Add(new CertificateSequence { UnionId = unionId, Year = year });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Created by a concurrent finish; nothing to do.
        }
        db.ChangeTracker.Clear();
    }
}

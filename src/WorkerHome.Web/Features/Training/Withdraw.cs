using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A worker gives up a place before the first session starts; the place is freed at once.</summary>
public sealed class Withdraw(AppDbContext db, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int courseId, CancellationToken ct)
    {
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var enrolment = await db.TrainingEnrolments.AsNoTracking()
            .Where(e => e.CourseId == courseId && e.UserId == userId && e.WithdrawnAt == null).Select(e => new { e.Id, e.Status })
            .FirstOrDefaultAsync(ct);
        if (enrolment is null)
        {
            return TrainingProblems.EnrolmentNotFound;
        }
        var started = await db.TrainingSessions.AnyAsync(s => s.CourseId == courseId && s.StartsAt <= now, ct);
        if (started || enrolment.Status != EnrolmentStatus.Enrolled)
        {
            return TrainingProblems.CourseStarted;
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            // Conditional on the enrolment still being live, so a double click frees one place, not two.
            var left = await db.TrainingEnrolments.Where(e => e.Id == enrolment.Id && e.WithdrawnAt == null && e.Status == EnrolmentStatus.Enrolled)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.WithdrawnAt, now).SetProperty(x => x.Status, EnrolmentStatus.Withdrawn), token);
            if (left != 1)
            {
                return TrainingProblems.EnrolmentNotFound;
            }
            await db.TrainingCourses.Where(c => c.Id == courseId && c.Enrolled > 0)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Enrolled, x => x.Enrolled - 1), token);
            return Done.Value;
        }, ct);
    }
}

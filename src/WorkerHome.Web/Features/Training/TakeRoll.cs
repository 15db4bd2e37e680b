using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>The roll of a session: who was present.</summary>
public sealed class RollInput
{
    /// <summary>The enrolments present; everyone else enrolled is marked absent.</summary>
    public List<int> PresentEnrolmentIds { get; set; } = [];
}

/// <summary>One trainee on the roll.</summary>
public sealed record RollLine(int EnrolmentId, string Name, string? PhoneMasked, bool Present, AttendanceSource? Source);

/// <summary>A session's roll call sheet.</summary>
public sealed record RollSheet(int SessionId, int CourseId, string CourseTitle, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    CourseStatus CourseStatus, IReadOnlyList<RollLine> Lines);

/// <summary>
/// Staff take a session's roll (点名): the ticked trainees are present, the others absent. The first roll of an open
/// course moves it to 进行中. Only for sessions that have started (an hour's grace) of courses not yet finished.
/// </summary>
public sealed class TakeRoll(AppDbContext db, DataScope scope, CurrentUser current, TimeProvider time)
{
    public async Task<Outcome<RollSheet>> GetAsync(int sessionId, CancellationToken ct)
    {
        var session = await FindAsync(sessionId, ct);
        if (!session.Succeeded)
        {
            return session.Problem;
        }
        var s = session.Value;
        var lines = await db.TrainingEnrolments.AsNoTracking()
            .Where(e => e.CourseId == s.CourseId && e.WithdrawnAt == null)
            .Select(e => new
            {
                e.Id,
                Name = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).First(),
                e.PhoneMasked,
                Source = db.TrainingAttendances.Where(a => a.EnrolmentId == e.Id && a.SessionId == sessionId).Select(a => (AttendanceSource?)a.Source).FirstOrDefault(),
            })
            .OrderBy(e => e.Id).ToListAsync(ct);
        return new RollSheet(s.Id, s.CourseId, s.CourseTitle, s.Topic, s.StartsAt, s.EndsAt, s.CourseStatus,
            lines.Select(l => new RollLine(l.Id, l.Name, l.PhoneMasked, l.Source is not null, l.Source)).ToList());
    }

    public async Task<Outcome<RollSheet>> HandleAsync(int sessionId, RollInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = await FindAsync(sessionId, ct);
        if (!session.Succeeded)
        {
            return session.Problem;
        }
        var s = session.Value;
        if (s.CourseStatus is not (CourseStatus.Open or CourseStatus.InProgress))
        {
            return TrainingProblems.StatusNotAllowed.WithDetail("只有报名中或进行中的课程可以点名");
        }
        var now = time.GetUtcNow();
        if (s.StartsAt > now.AddHours(1))
        {
            return TrainingProblems.SessionNotStarted;
        }
        var enrolled = await db.TrainingEnrolments.Where(e => e.CourseId == s.CourseId && e.WithdrawnAt == null).Select(e => e.Id).ToListAsync(ct);
        var present = input.PresentEnrolmentIds.Distinct().ToList();
        var strangers = present.Where(id => !enrolled.Contains(id)).ToList();
        if (strangers.Count > 0)
        {
            return CommonProblems.Field("presentEnrolmentIds", "有人不是本课程的学员");
        }
        var actor = current.UserId ?? Guid.Empty;
        var saved = await db.InTransactionAsync<Done>(async token =>
        {
            await db.TrainingAttendances.Where(a => a.SessionId == sessionId && !present.Contains(a.EnrolmentId)).ExecuteDeleteAsync(token);
            var already = await db.TrainingAttendances.Where(a => a.SessionId == sessionId).Select(a => a.EnrolmentId).ToListAsync(token);
            db.TrainingAttendances.AddRange(present.Except(already).Select(id => new TrainingAttendance
            {
                SessionId = sessionId, EnrolmentId = id, Source = AttendanceSource.RollCall, RecordedAt = now, RecordedBy = actor,
            }));
            await db.SaveChangesAsync(token);
            await db.TrainingCourses.Where(c => c.Id == s.CourseId && c.Status == CourseStatus.Open)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CourseStatus.InProgress).SetProperty(x => x.UpdatedAt, now), token);
            return Done.Value;
        }, ct);
        return saved.Succeeded ? await GetAsync(sessionId, ct) : saved.Problem;
    }

    private sealed record Found(int Id, int CourseId, string CourseTitle, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, CourseStatus CourseStatus);

    private async Task<Outcome<Found>> FindAsync(int sessionId, CancellationToken ct)
    {
        var found = await db.TrainingSessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.Id, s.CourseId, s.Topic, s.StartsAt, s.EndsAt,
                Course = db.TrainingCourses.Where(c => c.Id == s.CourseId).Select(c => new { c.Title, c.Status, c.UnionId }).First(),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || !await scope.CoversUnionAsync(found.Course.UnionId, ct))
        {
            return TrainingProblems.SessionNotFound;
        }
        return new Found(found.Id, found.CourseId, found.Course.Title, found.Topic, found.StartsAt, found.EndsAt, found.Course.Status);
    }
}

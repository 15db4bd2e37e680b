using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>
/// Staff create a course (as a draft) or edit one of their subtree with its sessions. A session that already has
/// attendance cannot be removed, and capacity cannot drop below the places already taken.
/// </summary>
public sealed class SaveCourse(AppDbContext db, DataScope scope, CourseRules rules, GetCourse get, TimeProvider time)
{
    public async Task<Outcome<CourseDetail>> HandleAsync(int? id, CourseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        TrainingCourse? course = null;
        if (id is { } existingId)
        {
            course = await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == existingId, ct);
            if (course is null || !await scope.CoversUnionAsync(course.UnionId, ct))
            {
                return TrainingProblems.CourseNotFound;
            }
            if (course.Status is CourseStatus.Finished or CourseStatus.Cancelled)
            {
                return TrainingProblems.CourseNotEditable;
            }
            if (input.Capacity < course.Enrolled)
            {
                return CommonProblems.Field("capacity", $"已有{course.Enrolled}人报名，名额不能少于报名人数");
            }
        }
        if (await rules.CheckAsync(input, ct) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var saved = await db.InTransactionAsync<int>(async token =>
        {
            if (course is null)
            {
                course = new TrainingCourse { Status = CourseStatus.Draft, CreatedAt = now };
                db.TrainingCourses.Add(course);
            }
            else if (await db.TrainingCourses.Where(c => c.Id == course.Id && c.Enrolled > input.Capacity).AnyAsync(token))
            {
                return CommonProblems.Field("capacity", "名额不能少于报名人数");
            }
            course.UnionId = input.UnionId;
            course.SiteId = input.SiteId;
            course.Title = input.Title.Trim();
            course.Description = input.Description?.Trim() ?? "";
            course.Tags = CourseRules.CleanTags(input.Tags);
            course.TargetGroup = input.TargetGroup?.Trim() ?? "";
            course.Capacity = input.Capacity;
            course.EnrolFrom = input.EnrolFrom!.Value;
            course.EnrolUntil = input.EnrolUntil!.Value;
            course.RequiredSessions = input.RequiredSessions;
            course.CertificateTitle = input.CertificateTitle.Trim();
            course.UpdatedAt = now;
            await db.SaveChangesAsync(token);

            var sessions = await db.TrainingSessions.Where(s => s.CourseId == course.Id).ToListAsync(token);
            var kept = input.Sessions.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
            foreach (var removed in sessions.Where(s => !kept.Contains(s.Id)))
            {
                if (await db.TrainingAttendances.AnyAsync(a => a.SessionId == removed.Id, token))
                {
                    return TrainingProblems.SessionHasAttendance.WithDetail($"课次“{removed.Topic}”已有出勤记录");
                }
                db.TrainingSessions.Remove(removed);
            }
            for (var i = 0; i < input.Sessions.Count; i++)
            {
                var entered = input.Sessions[i];
                var session = entered.Id is { } sessionId ? sessions.FirstOrDefault(s => s.Id == sessionId) : null;
                if (entered.Id is not null && session is null)
                {
                    return CommonProblems.Field($"sessions[{i}].id", "该课次不属于本课程");
                }
                if (session is null)
                {
                    session = new TrainingSession { CourseId = course.Id };
                    db.TrainingSessions.Add(session);
                }
                session.Topic = entered.Topic.Trim();
                session.StartsAt = entered.StartsAt!.Value;
                session.EndsAt = entered.EndsAt!.Value;
                session.Place = entered.Place?.Trim() ?? "";
                session.Teacher = entered.Teacher?.Trim() ?? "";
            }
            await db.SaveChangesAsync(token);
            return course.Id;
        }, ct);
        return saved.Succeeded ? await get.HandleAsync(saved.Value, ct) : saved.Problem;
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>Staff publish a draft (报名中) or cancel a course that has not finished.</summary>
public sealed class ChangeCourseStatus(AppDbContext db, DataScope scope, GetCourse get, TimeProvider time)
{
    public Task<Outcome<CourseDetail>> PublishAsync(int id, CancellationToken ct) =>
        MoveAsync(id, [CourseStatus.Draft], CourseStatus.Open, ct);

    public Task<Outcome<CourseDetail>> CancelAsync(int id, CancellationToken ct) =>
        MoveAsync(id, [CourseStatus.Draft, CourseStatus.Open, CourseStatus.InProgress], CourseStatus.Cancelled, ct);

    private async Task<Outcome<CourseDetail>> MoveAsync(int id, CourseStatus[] from, CourseStatus to, CancellationToken ct)
    {
        var course = await db.TrainingCourses.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null || !await scope.CoversUnionAsync(course.UnionId, ct))
        {
            return TrainingProblems.CourseNotFound;
        }
        if (!from.Contains(course.Status))
        {
            return TrainingProblems.StatusNotAllowed.WithDetail($"课程当前为“{Infrastructure.Text.EnumText.Chinese(course.Status)}”");
        }
        course.Status = to;
        course.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(id, ct);
    }
}

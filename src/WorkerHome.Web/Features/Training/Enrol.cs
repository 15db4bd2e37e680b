using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Regions;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>What a worker gives when enrolling.</summary>
public sealed class EnrolRequest
{
    /// <summary>Nine-digit township (乡镇/街道) code of residence, from the region list.</summary>
    [Required(ErrorMessage = "请选择居住的乡镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "请选择居住的乡镇（街道）")]
    public string TownshipCode { get; set; } = "";

    /// <summary>Skills the worker already has (up to 10).</summary>
    [MaxLength(10, ErrorMessage = "技能最多填写10项")]
    public List<string> Skills { get; set; } = [];

    /// <summary>Optional mobile phone for the trainer to reach the worker.</summary>
    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? Phone { get; set; }
}

/// <summary>
/// A worker takes a place in an open course. The place is taken by one conditional statement
/// (<c>Enrolled &lt; Capacity</c>) in the same transaction as the enrolment, so neither threads nor app nodes can
/// oversell; the check constraint and the unique index (one live place per worker) stand behind it.
/// </summary>
public sealed class Enrol(
    AppDbContext db, CurrentUser current, GetCourse get, PersonalDataProtector protector, IOptions<TrainingOptions> options, TimeProvider time)
{
    public async Task<Outcome<CourseDetail>> HandleAsync(int courseId, EnrolRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        AppProblem? problem = null;
        var township = request.TownshipCode?.Trim() ?? "";
        if (!await db.Regions.AnyAsync(r => r.Code == township && r.Level == RegionLevel.Township, ct))
        {
            problem = CommonProblems.Field("townshipCode", "请选择居住的乡镇（街道）");
        }
        var phone = "";
        if (!string.IsNullOrWhiteSpace(request.Phone) && !PhoneNumbers.TryNormalize(request.Phone, out phone))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("phone", "手机号格式不正确");
        }
        var skills = CourseRules.CleanTags(request.Skills);
        if (skills.Count > 10 || skills.Any(s => s.Length > 20))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("skills", "技能最多填写10项，每项不超过20个字");
        }
        if (problem is not null)
        {
            return problem;
        }
        var course = await db.TrainingCourses.AsNoTracking().Where(c => c.Id == courseId)
            .Select(c => new { c.Status, c.EnrolFrom, c.EnrolUntil }).FirstOrDefaultAsync(ct);
        if (course is null || course.Status == CourseStatus.Draft)
        {
            return TrainingProblems.CourseNotFound;
        }
        var now = time.GetUtcNow();
        if (course.Status != CourseStatus.Open || now < course.EnrolFrom || now >= course.EnrolUntil)
        {
            return TrainingProblems.EnrolmentClosed;
        }
        if (await db.TrainingEnrolments.AnyAsync(e => e.CourseId == courseId && e.UserId == userId && e.WithdrawnAt == null, ct))
        {
            return TrainingProblems.AlreadyEnrolled;
        }
        var enrolment = new TrainingEnrolment
        {
            CourseId = courseId,
            UserId = userId,
            TownshipCode = township,
            Skills = skills,
            PhoneCipher = phone.Length > 0 ? protector.Encrypt(phone) : null,
            PhoneMasked = phone.Length > 0 ? Masking.Phone(phone) : null,
            Status = EnrolmentStatus.Enrolled,
            EnrolledAt = now,
        };
        Outcome<int> taken;
        try
        {
            taken = options.Value.UnguardedForTests
                ? await UnguardedAsync(enrolment, ct)
                : await db.InTransactionAsync<int>(async token =>
                {
                    var placed = await db.TrainingCourses
                        .Where(c => c.Id == courseId && c.Status == CourseStatus.Open && c.Enrolled < c.Capacity)
                        .ExecuteUpdateAsync(c => c.SetProperty(x => x.Enrolled, x => x.Enrolled + 1), token);
                    if (placed != 1)
                    {
                        return TrainingProblems.CourseFull;
                    }
                    db.TrainingEnrolments.Add(enrolment);
                    await db.SaveChangesAsync(token);
                    return enrolment.Id;
                }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same worker's parallel request won; this one's place was rolled back with it.
            return TrainingProblems.AlreadyEnrolled;
        }
        return taken.Succeeded ? await get.HandleAsync(courseId, ct) : taken.Problem;
    }

    /// <summary>The control for the concurrency test: the naive read-check-write the guarded path replaces.</summary>
    private async Task<Outcome<int>> UnguardedAsync(TrainingEnrolment enrolment, CancellationToken ct)
    {
        var capacity = await db.TrainingCourses.Where(c => c.Id == enrolment.CourseId).Select(c => c.Capacity).SingleAsync(ct);
        var enrolled = await db.TrainingEnrolments.CountAsync(e => e.CourseId == enrolment.CourseId && e.WithdrawnAt == null, ct);
        if (enrolled >= capacity)
        {
            return TrainingProblems.CourseFull;
        }
        await Task.Delay(5, ct);
        db.TrainingEnrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        await db.TrainingCourses.Where(c => c.Id == enrolment.CourseId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Enrolled, Math.Min(capacity, enrolled + 1)), ct);
        return enrolment.Id;
    }
}

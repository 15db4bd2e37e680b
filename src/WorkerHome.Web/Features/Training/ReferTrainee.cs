using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Training;

/// <summary>Whom to refer: a completed enrolment (from the candidates list).</summary>
public sealed class ReferInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择要推荐的学员")]
    public int EnrolmentId { get; set; }

    [StringLength(200, ErrorMessage = "备注不能超过200个字")]
    public string? Note { get; set; }
}

/// <summary>A referral with its history, as staff and the worker see it.</summary>
public sealed record ReferralView(int Id, int PostingId, string Employer, string JobTitle, string WageText, string TraineeName, string CourseTitle,
    ReferralStatus Status, string StatusText, DateTimeOffset UpdatedAt, IReadOnlyList<ReferralStepView> Steps);

/// <summary>One step of a referral's history.</summary>
public sealed record ReferralStepView(ReferralStatus Status, string StatusText, DateTimeOffset At, string ByName, string? Note);

/// <summary>Staff refer a completed trainee of their subtree to an open posting (推荐); the worker is told.</summary>
public sealed class ReferTrainee(AppDbContext db, DataScope scope, CurrentUser current, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<ReferralView>> HandleAsync(int postingId, ReferInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var posting = await db.JobPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postingId, ct);
        if (posting is null || !await scope.CoversUnionAsync(posting.UnionId, ct))
        {
            return TrainingProblems.PostingNotFound;
        }
        if (posting.Status != JobStatus.Open)
        {
            return TrainingProblems.PostingNotOpen;
        }
        var enrolment = await db.TrainingEnrolments.AsNoTracking().Where(e => e.Id == input.EnrolmentId)
            .Select(e => new { e.Id, e.UserId, e.Status, UnionId = db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => c.UnionId).First() })
            .FirstOrDefaultAsync(ct);
        if (enrolment is null || !await scope.CoversUnionAsync(enrolment.UnionId, ct))
        {
            return CommonProblems.Field("enrolmentId", "未找到该学员");
        }
        if (enrolment.Status != EnrolmentStatus.Completed)
        {
            return TrainingProblems.NotCompleted;
        }
        if (await db.JobReferrals.AnyAsync(r => r.PostingId == postingId && r.UserId == enrolment.UserId, ct))
        {
            return TrainingProblems.AlreadyReferred;
        }
        var now = time.GetUtcNow();
        var actor = current.UserId ?? Guid.Empty;
        var byName = await db.Users.Where(u => u.Id == actor).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        Outcome<int> saved;
        try
        {
            saved = await db.InTransactionAsync<int>(async token =>
            {
                var referral = new JobReferral
                {
                    PostingId = postingId, UnionId = posting.UnionId, UserId = enrolment.UserId, EnrolmentId = enrolment.Id,
                    Status = ReferralStatus.Recommended, CreatedAt = now, UpdatedAt = now,
                };
                db.JobReferrals.Add(referral);
                await db.SaveChangesAsync(token);
                db.JobReferralSteps.Add(new JobReferralStep
                {
                    ReferralId = referral.Id, Status = ReferralStatus.Recommended, At = now, ByUserId = actor, ByName = byName, Note = input.Note?.Trim(),
                });
                notifier.Notify([enrolment.UserId], "就业推荐", $"工会已将您推荐到{posting.Employer}的“{posting.Title}”岗位。", "/me/jobs");
                await db.SaveChangesAsync(token);
                return referral.Id;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return TrainingProblems.AlreadyReferred;
        }
        return saved.Succeeded ? await ReferralQueries.ViewAsync(db, saved.Value, ct) is { } view ? view : TrainingProblems.ReferralNotFound : saved.Problem;
    }
}

/// <summary>Reads of referrals shared by the referral use cases.</summary>
internal static class ReferralQueries
{
    public static async Task<ReferralView?> ViewAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var views = await ViewsAsync(db, db.JobReferrals.Where(r => r.Id == id), ct);
        return views.Count == 0 ? null : views[0];
    }

    public static async Task<List<ReferralView>> ViewsAsync(AppDbContext db, IQueryable<JobReferral> referrals, CancellationToken ct)
    {
        var rows = await referrals.AsNoTracking().OrderByDescending(r => r.UpdatedAt)
            .Select(r => new
            {
                Referral = r,
                Posting = db.JobPostings.Where(p => p.Id == r.PostingId).Select(p => new { p.Employer, p.Title, p.WageText }).First(),
                Name = db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).First(),
                Course = db.TrainingEnrolments.Where(e => e.Id == r.EnrolmentId)
                    .Select(e => db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => c.Title).First()).First(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Referral.Id).ToList();
        var steps = (await db.JobReferralSteps.AsNoTracking().Where(s => ids.Contains(s.ReferralId)).ToListAsync(ct))
            .OrderBy(s => s.At).ThenBy(s => s.Id).ToLookup(s => s.ReferralId);
        return rows.Select(r => new ReferralView(r.Referral.Id, r.Referral.PostingId, r.Posting.Employer, r.Posting.Title, r.Posting.WageText, r.Name,
            r.Course, r.Referral.Status, r.Referral.Status.Chinese(), r.Referral.UpdatedAt,
            steps[r.Referral.Id].Select(s => new ReferralStepView(s.Status, s.Status.Chinese(), s.At, s.ByName, s.Note)).ToList())).ToList();
    }
}

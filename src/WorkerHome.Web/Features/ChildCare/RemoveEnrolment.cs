using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>Why staff take a child off a class.</summary>
public sealed record RemoveEnrolmentInput
{
    /// <summary>The reason, told to the guardian.</summary>
    [Required(ErrorMessage = "请填写移出原因")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "原因为2到200个字")]
    public string Reason { get; set; } = "";
}

/// <summary>The class's staff remove an enrolled or waiting child with a reason; the first child waiting moves up.</summary>
public sealed class RemoveEnrolment(AppDbContext db, CareAccess access, CarePlaces places, Notifier notifier)
{
    public async Task<Outcome<Done>> HandleAsync(int enrolmentId, RemoveEnrolmentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var enrolment = await db.CareEnrolments.AsNoTracking().Where(e => e.Id == enrolmentId)
            .Select(e => new { e.ClassId, e.UnionId, e.GuardianId, e.ChildName, Title = db.CareClasses.Where(c => c.Id == e.ClassId).Select(c => c.Title).First() })
            .FirstOrDefaultAsync(ct);
        if (enrolment is null || !await access.CoversAsync(enrolment.UnionId, ct))
        {
            return ChildCareProblems.EnrolmentNotFound;
        }
        var reason = input.Reason.Trim();
        if (reason.Length < 2)
        {
            return CommonProblems.Field("reason", "请填写移出原因");
        }
        return await db.InTransactionAsync<Done>(async token =>
        {
            var ended = await places.EndAsync(enrolmentId, enrolment.ClassId, EnrolmentStatus.Removed, reason, token);
            if (!ended.Succeeded)
            {
                return ended;
            }
            notifier.Notify([enrolment.GuardianId], "托管班报名已被移出", $"{enrolment.ChildName}的“{enrolment.Title}”报名已被工作人员移出：{reason}", "/me/child-care");
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}

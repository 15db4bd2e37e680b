using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>The status staff move a class to.</summary>
public sealed record CareClassStatusInput
{
    /// <summary>Open (报名中), Closed (报名截止) or Cancelled (已取消).</summary>
    [Required(ErrorMessage = "请选择状态")]
    public CareClassStatus? Status { get; set; }
}

/// <summary>
/// Staff open a class for enrolment, close enrolment (and may reopen it), or cancel the class. Cancelling ends every
/// enrolment and tells each guardian, in one transaction.
/// </summary>
public sealed class ChangeCareClassStatus(AppDbContext db, CareAccess access, CarePlaces places, Notifier notifier, TimeProvider time)
{
    public async Task<Outcome<CareClassView>> HandleAsync(int id, CareClassStatusInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Status is not { } target || target == CareClassStatus.Draft)
        {
            return CommonProblems.Field("status", "只能改为报名中、报名截止或已取消");
        }
        var unionId = await db.CareClasses.Where(c => c.Id == id).Select(c => (int?)c.UnionId).FirstOrDefaultAsync(ct);
        if (unionId is null || !await access.CoversAsync(unionId.Value, ct))
        {
            return ChildCareProblems.ClassNotFound;
        }
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<CareClassView>(async token =>
        {
            await places.LockAsync(id, token);
            var row = await db.CareClasses.SingleAsync(c => c.Id == id, token);
            var allowed = (row.Status, target) switch
            {
                (CareClassStatus.Draft or CareClassStatus.Closed, CareClassStatus.Open) => true,
                (CareClassStatus.Open, CareClassStatus.Closed) => true,
                (not CareClassStatus.Cancelled, CareClassStatus.Cancelled) => true,
                _ => false,
            };
            if (!allowed)
            {
                return ChildCareProblems.StatusChangeNotAllowed.WithDetail($"“{row.Title}”当前为{Infrastructure.Text.EnumText.Chinese(row.Status)}");
            }
            row.Status = target;
            row.UpdatedAt = now;
            if (target == CareClassStatus.Cancelled)
            {
                var standing = await db.CareEnrolments
                    .Where(e => e.ClassId == id && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Waitlisted))
                    .ToListAsync(token);
                foreach (var enrolment in standing)
                {
                    enrolment.Status = EnrolmentStatus.ClassCancelled;
                    enrolment.EndedAt = now;
                    enrolment.EndReason = "托管班取消";
                }
                row.Enrolled = 0;
                row.Waitlisted = 0;
                notifier.Notify(standing.Select(e => e.GuardianId).Distinct(), "托管班已取消",
                    $"很抱歉，“{row.Title}”已取消，您的报名随之结束。如有疑问请联系阵地工作人员。", "/me/child-care");
            }
            await db.SaveChangesAsync(token);
            var siteName = await db.Sites.Where(s => s.Id == row.SiteId).Select(s => s.Name).SingleAsync(token);
            return CareClassView.From(row, siteName, now);
        }, ct);
    }
}

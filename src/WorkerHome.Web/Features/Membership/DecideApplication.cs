using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Notifications;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Membership;

/// <summary>Why an application is refused.</summary>
public sealed class RejectInput
{
    /// <summary>2 to 200 characters, shown to the worker.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// Staff in scope approve or reject a pending application. The status moves by one conditional statement
/// (<c>Status = Pending</c>), so of two decisions at once exactly one wins and the other answers 409. Approval makes
/// the member with a number from the union's sequence and a random verification code. Both are logged and the worker
/// is told.
/// </summary>
public sealed class DecideApplication(
    AppDbContext db, CurrentUser current, MembershipAccess access, OperationLogWriter log, Notifier notifier, GetApplication get,
    IOptions<MembershipOptions> options, TimeProvider time)
{
    public async Task<Outcome<ApplicationItem>> ApproveAsync(int id, CancellationToken ct)
    {
        var opened = await OpenAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var application = opened.Value;
        var now = time.GetUtcNow();
        var year = ChinaTime.ToLocal(now).Year;
        await MemberNumbers.EnsureSequenceAsync(db, application.UnionId, year, ct);
        int? unguardedSerial = options.Value.UnguardedForTests ? await MemberNumbers.NextUnguardedAsync(db, application.UnionId, year, ct) : null;
        Outcome<int> decided;
        try
        {
            decided = await db.InTransactionAsync<int>(async token =>
            {
                if (!await ClaimAsync(id, ApplicationStatus.Approved, null, now, token))
                {
                    return MembershipProblems.AlreadyDecided;
                }
                var serial = unguardedSerial ?? await MemberNumbers.NextAsync(db, application.UnionId, year, token);
                var member = new Member
                {
                    UserId = application.UserId,
                    UnionId = application.UnionId,
                    ApplicationId = application.Id,
                    NumberUnionId = application.UnionId,
                    Year = year,
                    Serial = serial,
                    MemberNumber = MemberNumbers.Format(application.UnionId, year, serial),
                    RealName = application.RealName,
                    IdCipher = application.IdCipher,
                    IdLookup = application.IdLookup,
                    IdMasked = application.IdMasked,
                    PhoneMasked = application.PhoneMasked,
                    WorkKind = application.WorkKind,
                    Employer = application.Employer,
                    JoinedAt = now,
                    VerificationCode = MemberNumbers.NewCode(),
                };
                db.Members.Add(member);
                await db.SaveChangesAsync(token);
                await db.MembershipApplications.Where(a => a.Id == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.MemberId, member.Id), token);
                log.Add(OperationKind.Updated, nameof(MembershipApplication), Key(id), application.IdMasked, application.UnionId,
                    new { Status = ApplicationStatus.Pending }, new { Status = ApplicationStatus.Approved, member.MemberNumber });
                notifier.Notify([application.UserId], "入会申请已通过", $"欢迎加入工会！您的会员编号为 {member.MemberNumber}，电子会员证已发放。", "/me/membership");
                await db.SaveChangesAsync(token);
                return member.Id;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Only without the number guard (tests), or when the worker became a member by another application.
            db.ChangeTracker.Clear();
            return CommonProblems.Conflict.WithDetail("会员编号或会员已存在，请重试");
        }
        return decided.Succeeded ? await get.HandleAsync(id, ct) : decided.Problem;
    }

    public async Task<Outcome<ApplicationItem>> RejectAsync(int id, RejectInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 200)
        {
            return CommonProblems.Field("reason", "请填写不通过的原因（2–200个字）");
        }
        var opened = await OpenAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        var application = opened.Value;
        var now = time.GetUtcNow();
        var decided = await db.InTransactionAsync<int>(async token =>
        {
            if (!await ClaimAsync(id, ApplicationStatus.Rejected, reason, now, token))
            {
                return MembershipProblems.AlreadyDecided;
            }
            log.Add(OperationKind.Updated, nameof(MembershipApplication), Key(id), application.IdMasked, application.UnionId,
                new { Status = ApplicationStatus.Pending }, new { Status = ApplicationStatus.Rejected, RejectReason = reason });
            notifier.Notify([application.UserId], "入会申请未通过", $"您的入会申请未通过：{reason}", "/me/membership");
            await db.SaveChangesAsync(token);
            return id;
        }, ct);
        return decided.Succeeded ? await get.HandleAsync(id, ct) : decided.Problem;
    }

    private async Task<Outcome<MembershipApplication>> OpenAsync(int id, CancellationToken ct)
    {
        if (current.UserId is null)
        {
            return CommonProblems.Unauthenticated;
        }
        var application = await db.MembershipApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null
            || !await access.AllowAsync(nameof(MembershipApplication), id, application.IdMasked, application.UnionId, MembershipProblems.ApplicationNotFound.Code, ct))
        {
            return MembershipProblems.ApplicationNotFound;
        }
        return application.Status == ApplicationStatus.Pending ? application : MembershipProblems.AlreadyDecided;
    }

    private async Task<bool> ClaimAsync(int id, ApplicationStatus status, string? reason, DateTimeOffset now, CancellationToken ct) =>
        await db.MembershipApplications.Where(a => a.Id == id && a.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, status).SetProperty(x => x.RejectReason, reason)
                .SetProperty(x => x.DecidedAt, now).SetProperty(x => x.DecidedBy, current.UserId), ct) == 1;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Aid;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.ChildCare;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.Library;
using WorkerHome.Features.Membership;
using WorkerHome.Features.Orders;
using WorkerHome.Features.RightsCases;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Privacy;

/// <summary>What happened to a deletion request.</summary>
/// <param name="Status">已删除, or 待案件办结后删除.</param>
/// <param name="StatusName">In Chinese.</param>
/// <param name="Erased">What was erased.</param>
/// <param name="Kept">What is kept, each with its reason.</param>
/// <param name="RequestId">The request's record.</param>
public sealed record DeletionOutcome(DeletionStatus Status, string StatusName, IReadOnlyList<string> Erased, IReadOnlyList<string> Kept, int RequestId);

/// <summary>
/// A worker asks to delete its personal data (删除个人信息并注销账号). Live commitments (upcoming orders and bookings, books
/// not returned, a pending membership application) must be ended first: they are listed. An open rights case or an aid
/// application under review or on notice keeps the data it needs, so the request waits for it. Otherwise the account is closed and its contact details, notes and
/// free texts are erased at once; records kept for the union's own duty are listed with the reason.
/// </summary>
public sealed class RequestDeletion(AppDbContext db, CurrentUser user, PersonalDataProtector protector, TimeProvider time)
{
    public const string Deleted = "（本人已申请删除）";

    public async Task<Outcome<DeletionOutcome>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        var now = time.GetUtcNow();
        var live = await LiveCommitmentsAsync(me, now, ct);
        if (live.Count > 0)
        {
            return PrivacyProblems.LiveCommitments with { Detail = "请先取消或结束：" + string.Join("；", live) };
        }
        var kept = new List<string>();
        var openCases = await db.RightsCases.AsNoTracking().Where(c => c.WorkerId == me && c.Status != RightsCaseStatus.Closed)
            .Select(c => c.Number).ToListAsync(ct);
        if (openCases.Count > 0)
        {
            kept.Add($"维权诉求 {string.Join("、", openCases)} 尚未办结：办理需要您的姓名和联系方式，暂不删除；办结后请再次申请。");
        }
        if (await db.AidApplications.AnyAsync(a => a.UserId == me && (a.Status == AidStatus.Reviewing || a.Status == AidStatus.OnNotice), ct))
        {
            kept.Add("困难帮扶申请正在审核或公示：办理需要您和家庭成员的信息，暂不删除；发放或不予帮扶后请再次申请。");
        }
        if (kept.Count > 0)
        {
            var deferred = new DeletionRequest { UserId = me, RequestedAt = now, Status = DeletionStatus.Deferred, Kept = string.Join("\n", kept) };
            db.DeletionRequests.Add(deferred);
            await db.SaveChangesAsync(ct);
            return new DeletionOutcome(deferred.Status, deferred.Status.Chinese(), [], kept, deferred.Id);
        }

        return await db.InTransactionAsync<DeletionOutcome>(async token =>
        {
            var erased = new List<string>();
            var account = await db.Users.SingleAsync(u => u.Id == me, token);
            account.DisplayName = "已注销用户";
            account.UserName = "deleted-" + me.ToString("N")[..12];
            account.NormalizedUserName = account.UserName.ToUpperInvariant();
            account.Email = null;
            account.NormalizedEmail = null;
            account.PhoneCipher = null;
            account.PhoneLookup = null;
            account.PhoneMasked = null;
            account.PasswordHash = null;
            account.SecurityStamp = Guid.NewGuid().ToString("N");
            account.LockoutEnabled = true;
            account.LockoutEnd = DateTimeOffset.MaxValue;
            erased.Add("账号：姓名、手机号、登录名和密码（账号已注销，不能再登录）");

            if (await db.Needs.Where(n => n.UserId == me).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, Deleted), token) > 0)
            {
                erased.Add("需求的文字内容");
            }
            if (await db.CounsellingBookings.Where(b => b.WorkerId == me)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.NoteCipher, (string?)null).SetProperty(b => b.ContactPhoneCipher, (string?)null)
                        .SetProperty(b => b.ContactPhoneMasked, (string?)null), token) > 0)
            {
                erased.Add("心理咨询预约的留言和联系电话");
            }
            if (await db.TrainingEnrolments.Where(e => e.UserId == me)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.PhoneCipher, (string?)null).SetProperty(e => e.PhoneMasked, (string?)null), token) > 0)
            {
                erased.Add("培训报名的手机号");
            }
            var blank = protector.Encrypt("");
            if (await db.CareEnrolments.Where(e => e.GuardianId == me)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ChildName, Deleted).SetProperty(e => e.GuardianPhoneCipher, blank)
                        .SetProperty(e => e.GuardianPhoneMasked, "").SetProperty(e => e.HealthNotesCipher, (string?)null), token) > 0)
            {
                erased.Add("托管报名的孩子姓名、监护人电话和健康情况");
            }
            if (await db.Feedback.Where(f => f.UserId == me && f.Comment != null).ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, Deleted), token) > 0)
            {
                erased.Add("评价留言");
            }

            if (await db.Members.AnyAsync(m => m.UserId == me, token))
            {
                kept.Add("会员档案（会员编号、姓名、身份证号、会籍记录）由所在工会保存：退会须向所在工会申请，退会后一并删除。");
            }
            if (await db.AidApplications.AnyAsync(a => a.UserId == me && a.Status == AidStatus.Paid, token))
            {
                kept.Add("已发放的困难帮扶档案（含身份证号、家庭收入）作为资金发放凭证由工会按财务档案规定保存。");
            }
            if (await db.RightsCases.AnyAsync(c => c.WorkerId == me, token))
            {
                kept.Add("已办结的维权诉求案卷由受理工会按档案管理规定保存。");
            }
            kept.Add("点单、预约、签到和评分记录保留为不含个人身份的统计数据。");

            var request = new DeletionRequest
            {
                UserId = me, RequestedAt = now, Status = DeletionStatus.Completed, CompletedAt = now,
                Erased = string.Join("\n", erased), Kept = string.Join("\n", kept),
            };
            db.DeletionRequests.Add(request);
            await db.SaveChangesAsync(token);
            return new DeletionOutcome(request.Status, request.Status.Chinese(), erased, kept, request.Id);
        }, ct);
    }

    private async Task<List<string>> LiveCommitmentsAsync(Guid me, DateTimeOffset now, CancellationToken ct)
    {
        var live = new List<string>();
        if (await db.Orders.AnyAsync(o => o.UserId == me && o.Status != OrderStatus.Cancelled
                && db.Sessions.Any(s => s.Id == o.SessionId && s.StartsAt > now), ct))
        {
            live.Add("尚未开讲的点单");
        }
        if (await db.RoomBookings.AnyAsync(b => b.UserId == me && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.EndsAt > now, ct))
        {
            live.Add("尚未使用的场地预约");
        }
        if (await db.CounsellingBookings.AnyAsync(b => b.WorkerId == me && b.Status == CounsellingBookingStatus.Booked, ct))
        {
            live.Add("尚未进行的心理咨询预约");
        }
        if (await db.BookLoans.AnyAsync(l => l.UserId == me && (l.Status == LoanStatus.Reserved || l.Status == LoanStatus.Lent), ct))
        {
            live.Add("未归还或已预约的图书");
        }
        if (await db.CareEnrolments.AnyAsync(e => e.GuardianId == me && (e.Status == ChildCare.EnrolmentStatus.Enrolled || e.Status == ChildCare.EnrolmentStatus.Waitlisted), ct))
        {
            live.Add("在读或候补的托管班");
        }
        if (await db.MembershipApplications.AnyAsync(a => a.UserId == me && a.Status == ApplicationStatus.Pending, ct))
        {
            live.Add("待审核的入会申请");
        }
        return live;
    }
}

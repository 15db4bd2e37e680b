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

/// <summary>What erasing an account did: what was erased and what is kept, each with its reason (Chinese lines).</summary>
public sealed record Erasure(IReadOnlyList<string> Erased, IReadOnlyList<string> Kept);

/// <summary>
/// The parts of deleting a person's data shared by the request (<see cref="RequestDeletion"/>) and its later completion
/// (<see cref="CompleteDeferredDeletions"/>): what must end first, what makes the deletion wait, and the erasure itself.
/// </summary>
public sealed class AccountErasure(AppDbContext db, PersonalDataProtector protector)
{
    public const string Deleted = "（本人已申请删除）";

    /// <summary>Open casework that still needs the person's data; the deletion waits for it (one line each).</summary>
    public async Task<List<string>> WaitingForAsync(Guid userId, CancellationToken ct)
    {
        var waiting = new List<string>();
        var openCases = await db.RightsCases.AsNoTracking().Where(c => c.WorkerId == userId && c.Status != RightsCaseStatus.Closed)
            .Select(c => c.Number).ToListAsync(ct);
        if (openCases.Count > 0)
        {
            waiting.Add($"维权诉求 {string.Join("、", openCases)} 尚未办结：办理需要您的姓名和联系方式，暂不删除；办结后自动删除，无须再次申请。");
        }
        if (await db.AidApplications.AnyAsync(a => a.UserId == userId && (a.Status == AidStatus.Reviewing || a.Status == AidStatus.OnNotice), ct))
        {
            waiting.Add("困难帮扶申请正在审核或公示：办理需要您和家庭成员的信息，暂不删除；发放或不予帮扶后自动删除，无须再次申请。");
        }
        return waiting;
    }

    /// <summary>
    /// Erases the account's personal data inside the caller's transaction and returns what was erased and kept. Every
    /// request of the person still waiting is marked done with the same lists.
    /// </summary>
    public async Task<Erasure> EraseAsync(Guid userId, DateTimeOffset now, CancellationToken token)
    {
        var erased = new List<string>();
        var kept = new List<string>();
        var account = await db.Users.SingleAsync(u => u.Id == userId, token);
        account.DisplayName = "已注销用户";
        account.UserName = "deleted-" + userId.ToString("N")[..12];
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

        if (await db.Needs.Where(n => n.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, Deleted), token) > 0)
        {
            erased.Add("需求的文字内容");
        }
        if (await db.CounsellingBookings.Where(b => b.WorkerId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.NoteCipher, (string?)null).SetProperty(b => b.ContactPhoneCipher, (string?)null)
                    .SetProperty(b => b.ContactPhoneMasked, (string?)null), token) > 0)
        {
            erased.Add("心理咨询预约的留言和联系电话");
        }
        if (await db.TrainingEnrolments.Where(e => e.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.PhoneCipher, (string?)null).SetProperty(e => e.PhoneMasked, (string?)null), token) > 0)
        {
            erased.Add("培训报名的手机号");
        }
        var blank = protector.Encrypt("");
        if (await db.CareEnrolments.Where(e => e.GuardianId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ChildName, Deleted).SetProperty(e => e.GuardianPhoneCipher, blank)
                    .SetProperty(e => e.GuardianPhoneMasked, "").SetProperty(e => e.HealthNotesCipher, (string?)null), token) > 0)
        {
            erased.Add("托管报名的孩子姓名、监护人电话和健康情况");
        }
        if (await db.Feedback.Where(f => f.UserId == userId && f.Comment != null).ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, Deleted), token) > 0)
        {
            erased.Add("评价留言");
        }

        if (await db.Members.AnyAsync(m => m.UserId == userId, token))
        {
            kept.Add("会员档案（会员编号、姓名、身份证号、会籍记录）由所在工会保存：退会须向所在工会申请，退会后一并删除。");
        }
        if (await db.AidApplications.AnyAsync(a => a.UserId == userId && a.Status == AidStatus.Paid, token))
        {
            kept.Add("已发放的困难帮扶档案（含身份证号、家庭收入）作为资金发放凭证由工会按财务档案规定保存。");
        }
        if (await db.RightsCases.AnyAsync(c => c.WorkerId == userId, token))
        {
            kept.Add("已办结的维权诉求案卷由受理工会按档案管理规定保存。");
        }
        kept.Add("点单、预约、签到和评分记录保留为不含个人身份的统计数据。");

        await db.SaveChangesAsync(token);
        var erasedText = string.Join("\n", erased);
        var keptText = string.Join("\n", kept);
        await db.DeletionRequests.Where(r => r.UserId == userId && r.Status == DeletionStatus.Deferred)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, DeletionStatus.Completed).SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.Erased, erasedText).SetProperty(x => x.Kept, keptText), token);
        return new Erasure(erased, kept);
    }

    /// <summary>Live commitments the person must end first (one line each).</summary>
    public async Task<List<string>> LiveCommitmentsAsync(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var live = new List<string>();
        if (await db.Orders.AnyAsync(o => o.UserId == userId && o.Status != OrderStatus.Cancelled
                && db.Sessions.Any(s => s.Id == o.SessionId && s.StartsAt > now), ct))
        {
            live.Add("尚未开讲的点单");
        }
        if (await db.RoomBookings.AnyAsync(b => b.UserId == userId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed) && b.EndsAt > now, ct))
        {
            live.Add("尚未使用的场地预约");
        }
        if (await db.CounsellingBookings.AnyAsync(b => b.WorkerId == userId && b.Status == CounsellingBookingStatus.Booked, ct))
        {
            live.Add("尚未进行的心理咨询预约");
        }
        if (await db.BookLoans.AnyAsync(l => l.UserId == userId && (l.Status == LoanStatus.Reserved || l.Status == LoanStatus.Lent), ct))
        {
            live.Add("未归还或已预约的图书");
        }
        if (await db.CareEnrolments.AnyAsync(e => e.GuardianId == userId && (e.Status == ChildCare.EnrolmentStatus.Enrolled || e.Status == ChildCare.EnrolmentStatus.Waitlisted), ct))
        {
            live.Add("在读或候补的托管班");
        }
        if (await db.MembershipApplications.AnyAsync(a => a.UserId == userId && a.Status == ApplicationStatus.Pending, ct))
        {
            live.Add("待审核的入会申请");
        }
        return live;
    }
}

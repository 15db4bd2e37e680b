using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Privacy;

/// <summary>Everything the platform holds about the signed-in person, in clear, by section.</summary>
/// <param name="ExportedAt">When (Beijing time).</param>
/// <param name="Notice">What is and is not included.</param>
/// <param name="Sections">Section title → its records.</param>
public sealed record MyDataExport(string ExportedAt, string Notice, IReadOnlyDictionary<string, object> Sections);

/// <summary>
/// A worker downloads its own data (个人信息查阅复制): account, needs, orders, ratings, bookings, counselling bookings,
/// child care, loans, training, certificates, referrals, membership and rights cases, with its own encrypted fields decrypted. Logged.
/// </summary>
public sealed class ExportMyData(AppDbContext db, CurrentUser user, PersonalDataProtector protector, AccessAudit audit, TimeProvider time)
{
    public const string Notice =
        "这是职工之家平台保存的您本人的信息。咨询师的会谈记录属于咨询师的工作记录，不在此列；如需了解，请联系为您咨询的老师。";

    public async Task<Outcome<MyDataExport>> HandleAsync(CancellationToken ct)
    {
        if (user.UserId is not { } me)
        {
            return CommonProblems.Unauthenticated;
        }
        string? Open(string? cipher) => cipher is null ? null : protector.Decrypt(cipher);
        var sections = new Dictionary<string, object>();

        var account = await db.Users.AsNoTracking().Where(u => u.Id == me)
            .Select(u => new { u.UserName, u.DisplayName, u.PhoneCipher, u.CreatedAt, Union = db.Unions.Where(x => x.Id == u.HomeUnionId).Select(x => x.Name).FirstOrDefault() })
            .SingleAsync(ct);
        sections["账号"] = new { 账号 = account.UserName, 姓名 = account.DisplayName, 手机号 = Open(account.PhoneCipher), 所属工会 = account.Union, 注册时间 = Stamp(account.CreatedAt) };

        sections["需求"] = (await db.Needs.AsNoTracking().Where(n => n.UserId == me).OrderBy(n => n.Id)
            .Select(n => new { n.Category, n.Text, n.Status, n.CreatedAt }).ToListAsync(ct))
            .Select(n => new { 类别 = n.Category.Chinese(), 内容 = n.Text, 状态 = n.Status.Chinese(), 提交时间 = Stamp(n.CreatedAt) }).ToList();

        sections["点单"] = (await db.Orders.AsNoTracking().Where(o => o.UserId == me).OrderBy(o => o.Id)
            .Select(o => new { o.SessionId, o.Status, o.CreatedAt, Title = db.MenuItems.Where(m => m.Id == o.MenuItemId).Select(m => m.Title).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(o => new { 课程 = o.Title, 场次 = o.SessionId, 状态 = o.Status.Chinese(), 点单时间 = Stamp(o.CreatedAt) }).ToList();

        sections["评价"] = (await db.Feedback.AsNoTracking().Where(f => f.UserId == me).OrderBy(f => f.Id)
            .Select(f => new { f.SessionId, f.ContentStars, f.ProviderStars, f.VenueStars, f.Comment, f.CreatedAt }).ToListAsync(ct))
            .Select(f => new { 场次 = f.SessionId, 内容 = f.ContentStars, 老师 = f.ProviderStars, 场地 = f.VenueStars, 留言 = f.Comment, 时间 = Stamp(f.CreatedAt) }).ToList();

        sections["场地预约"] = (await db.RoomBookings.AsNoTracking().Where(b => b.UserId == me).OrderBy(b => b.Id)
            .Select(b => new { b.StartsAt, b.EndsAt, b.Purpose, b.People, b.ContactName, b.Status, Room = db.BookableRooms.Where(r => r.Id == b.RoomId).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(b => new { 场地 = b.Room, 开始 = Stamp(b.StartsAt), 结束 = Stamp(b.EndsAt), 用途 = b.Purpose, 人数 = b.People, 联系人 = b.ContactName, 状态 = b.Status.Chinese() }).ToList();

        sections["心理咨询预约"] = (await db.CounsellingBookings.AsNoTracking().Where(b => b.WorkerId == me).OrderBy(b => b.Id)
            .Select(b => new { b.Alias, b.Topic, b.NoteCipher, b.ContactPreference, b.ContactPhoneCipher, b.Status, b.CreatedAt,
                StartsAt = db.CounsellingSlots.Where(s => s.Id == b.SlotId).Select(s => s.StartsAt).First() })
            .ToListAsync(ct))
            .Select(b => new { 化名 = b.Alias, 时间 = Stamp(b.StartsAt), 主题 = b.Topic.Chinese(), 留言 = Open(b.NoteCipher), 联系方式 = b.ContactPreference.Chinese(),
                联系电话 = Open(b.ContactPhoneCipher), 状态 = b.Status.Chinese(), 预约时间 = Stamp(b.CreatedAt) }).ToList();

        sections["幼儿托管"] = (await db.CareEnrolments.AsNoTracking().Where(e => e.GuardianId == me).OrderBy(e => e.Id)
            .Select(e => new { e.ChildName, e.ChildBirthDate, e.GuardianPhoneCipher, e.HealthNotesCipher, e.ConsentGivenAt, e.Status,
                Class = db.CareClasses.Where(c => c.Id == e.ClassId).Select(c => c.Title).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(e => new { 班级 = e.Class, 孩子 = e.ChildName, 出生日期 = e.ChildBirthDate, 监护人电话 = Open(e.GuardianPhoneCipher), 健康情况 = Open(e.HealthNotesCipher),
                同意时间 = Stamp(e.ConsentGivenAt), 状态 = e.Status.Chinese() }).ToList();

        sections["借阅"] = (await db.BookLoans.AsNoTracking().Where(l => l.UserId == me).OrderBy(l => l.Id)
            .Select(l => new { l.Status, l.LentAt, l.DueOn, l.ReturnedAt, Title = db.LibraryBooks.Where(b => b.Id == l.BookId).Select(b => b.Title).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(l => new { 书名 = l.Title, 状态 = l.Status.Chinese(), 借出 = l.LentAt is { } a ? Stamp(a) : null, 应还 = l.DueOn, 归还 = l.ReturnedAt is { } r ? Stamp(r) : null }).ToList();

        sections["培训报名"] = (await db.TrainingEnrolments.AsNoTracking().Where(e => e.UserId == me).OrderBy(e => e.Id)
            .Select(e => new { e.TownshipCode, e.Skills, e.PhoneCipher, e.Status, e.EnrolledAt, Course = db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => c.Title).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(e => new { 课程 = e.Course, 居住乡镇 = e.TownshipCode, 技能 = e.Skills, 手机号 = Open(e.PhoneCipher), 状态 = e.Status.Chinese(), 报名时间 = Stamp(e.EnrolledAt) }).ToList();

        sections["结业证书"] = (await db.TrainingCertificates.AsNoTracking().Where(c => c.UserId == me).OrderBy(c => c.Id)
            .Select(c => new { c.Number, c.Title, c.CourseTitle, c.Hours, c.UnionName, c.IssuedAt, c.RevokedAt }).ToListAsync(ct))
            .Select(c => new { 编号 = c.Number, 证书 = c.Title, 课程 = c.CourseTitle, 学时 = c.Hours, 发证工会 = c.UnionName, 发证时间 = Stamp(c.IssuedAt), 已撤销 = c.RevokedAt is not null }).ToList();

        sections["就业推荐"] = (await db.JobReferrals.AsNoTracking().Where(r => r.UserId == me).OrderBy(r => r.Id)
            .Select(r => new { r.Status, r.CreatedAt, Posting = db.JobPostings.Where(p => p.Id == r.PostingId).Select(p => p.Title).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(r => new { 岗位 = r.Posting, 状态 = r.Status.Chinese(), 推荐时间 = Stamp(r.CreatedAt) }).ToList();

        sections["入会申请"] = (await db.MembershipApplications.AsNoTracking().Where(a => a.UserId == me).OrderBy(a => a.Id)
            .Select(a => new { a.RealName, a.IdCipher, a.PhoneCipher, a.WorkKind, a.Employer, a.Status, a.SubmittedAt, a.DueOn, a.RejectReason, a.ConsentAt,
                Union = db.Unions.Where(u => u.Id == a.UnionId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(ct))
            .Select(a => new { 工会 = a.Union, 姓名 = a.RealName, 身份证号 = Open(a.IdCipher), 手机号 = Open(a.PhoneCipher), 就业形态 = a.WorkKind.Chinese(), 单位 = a.Employer,
                状态 = a.Status.Chinese(), 提交时间 = Stamp(a.SubmittedAt), 答复期限 = a.DueOn, 未通过原因 = a.RejectReason, 同意时间 = Stamp(a.ConsentAt) }).ToList();

        sections["会员"] = (await db.Members.AsNoTracking().Where(m => m.UserId == me)
            .Select(m => new { m.MemberNumber, m.JoinedAt, Union = db.Unions.Where(u => u.Id == m.UnionId).Select(u => u.Name).FirstOrDefault() }).ToListAsync(ct))
            .Select(m => new { 会员编号 = m.MemberNumber, 所在工会 = m.Union, 入会时间 = Stamp(m.JoinedAt) }).ToList();

        sections["维权诉求"] = (await db.RightsCases.AsNoTracking().Where(c => c.WorkerId == me).OrderBy(c => c.Id)
            .Select(c => new { c.Number, c.Category, c.EmployerName, c.Description, c.AmountFen, c.PhoneCipher, c.Status, c.SubmittedAt, c.Rating }).ToListAsync(ct))
            .Select(c => new { 编号 = c.Number, 类别 = c.Category.Chinese(), 用人单位 = c.EmployerName, 经过 = c.Description, 涉及金额分 = c.AmountFen, 手机号 = Open(c.PhoneCipher),
                状态 = c.Status.Chinese(), 提交时间 = Stamp(c.SubmittedAt), 评价 = c.Rating }).ToList();

        sections["帮扶申请"] = (await db.AidApplications.AsNoTracking().Where(a => a.UserId == me).OrderBy(a => a.Id)
            .Select(a => new { a.RealName, a.IdCipher, a.PhoneCipher, a.IncomeCipher, a.HealthCipher, a.Causes, a.CauseDescription, a.RequestedFen, a.ApprovedFen, a.PaidFen, a.Status, a.SubmittedAt })
            .ToListAsync(ct))
            .Select(a => new { 姓名 = a.RealName, 身份证号 = Open(a.IdCipher), 手机号 = Open(a.PhoneCipher), 家庭收入 = Open(a.IncomeCipher), 健康情况 = Open(a.HealthCipher),
                致困原因 = Features.Aid.AidProjection.CauseNames(a.Causes), 困难情况 = a.CauseDescription, 申请金额分 = a.RequestedFen, 核定金额分 = a.ApprovedFen, 发放金额分 = a.PaidFen,
                状态 = a.Status.Chinese(), 提交时间 = Stamp(a.SubmittedAt) }).ToList();

        await audit.ViewedAsync("PersonalDataExport", me.ToString("N"), "本人导出个人信息", null, ct);
        return new MyDataExport(Stamp(time.GetUtcNow()), Notice, sections);
    }

    private static string Stamp(DateTimeOffset instant) => ChinaTime.FormatStamp(instant);
}

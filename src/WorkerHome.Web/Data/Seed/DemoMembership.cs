using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Membership;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Joining the union: worker12 (外卖骑手) waits on 绥山镇总工会 in 峨眉山市; worker13 (快递员) waits on 周坡镇总工会 in
/// 井研县 past its deadline; worker14, 单位职工 of the 峨眉山 tax office, is a member with a card; worker15, a 网约车司机
/// who joined in 胜利街道, has since transferred to 井研县研城街道. worker16 is left for the browser journey.
/// ID numbers are made-up but valid (right check character). Skipped once any application exists.
/// </summary>
internal sealed class DemoMembership(AppDbContext db, PersonalDataProtector protector, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.MembershipApplications.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var calendar = await ChineseCalendar.LoadAsync(db, ct);
        var unions = await db.Unions.AsNoTracking()
            .Where(u => u.Name == "绥山镇总工会" || u.Name == "周坡镇总工会" || u.Name == "胜利街道总工会" || u.Name == "研城街道总工会"
                || u.Name == "国家税务总局峨眉山市税务局工会")
            .ToDictionaryAsync(u => u.Name, u => u.Id, StringComparer.Ordinal, ct);
        var users = await db.Users.AsNoTracking().Where(u => u.UserName == "worker12" || u.UserName == "worker13" || u.UserName == "worker14"
                || u.UserName == "worker15" || u.UserName == "emeishan")
            .ToDictionaryAsync(u => u.UserName!, u => new { u.Id, u.DisplayName, u.PhoneCipher, u.PhoneMasked }, StringComparer.Ordinal, ct);

        MembershipApplication Application(string worker, string realName, string idNumber, WorkKind kind, string? employer, string union, int daysAgo)
        {
            var user = users[worker];
            var submitted = now.AddDays(-daysAgo);
            return new MembershipApplication
            {
                UserId = user.Id, UnionId = unions[union], RealName = realName, IdCipher = protector.Encrypt(idNumber), IdLookup = protector.Lookup(idNumber),
                IdMasked = Masking.IdNumber(idNumber), PhoneCipher = user.PhoneCipher, PhoneMasked = user.PhoneMasked, WorkKind = kind, Employer = employer,
                ConsentAt = submitted, ConsentVersion = MembershipOptions.ConsentVersion, Status = ApplicationStatus.Pending, SubmittedAt = submitted,
                DueOn = calendar.AddWorkingDays(DateOnly.FromDateTime(ChinaTime.ToLocal(submitted).DateTime), 5),
            };
        }

        var waiting = Application("worker12", "张小军", IdNumber("511181", "19950612", "031"), WorkKind.FoodDelivery, "美团外卖", "绥山镇总工会", 1);
        var overdue = Application("worker13", "刘红梅", IdNumber("511124", "19880923", "042"), WorkKind.Courier, "中通快递井研网点", "周坡镇总工会", 12);
        var employed = Application("worker14", "陈立新", IdNumber("511181", "19850304", "017"), WorkKind.Employed, "国家税务总局峨眉山市税务局", "国家税务总局峨眉山市税务局工会", 33);
        var driver = Application("worker15", "王海波", IdNumber("511181", "19920118", "058"), WorkKind.RideHailing, "滴滴出行", "胜利街道总工会", 64);
        db.MembershipApplications.AddRange(waiting, overdue, employed, driver);
        await db.SaveChangesAsync(ct);

        var staff = users["emeishan"];
        var members = new[] { (employed, 30), (driver, 60) }.Select(pair =>
        {
            var (a, daysAgo) = pair;
            var joined = now.AddDays(-daysAgo);
            a.Status = ApplicationStatus.Approved;
            a.DecidedAt = joined;
            a.DecidedBy = staff.Id;
            return new Member
            {
                UserId = a.UserId, UnionId = a.UnionId, ApplicationId = a.Id, NumberUnionId = a.UnionId, Year = ChinaTime.ToLocal(joined).Year, Serial = 1,
                MemberNumber = MemberNumbers.Format(a.UnionId, ChinaTime.ToLocal(joined).Year, 1), RealName = a.RealName, IdCipher = a.IdCipher,
                IdLookup = a.IdLookup, IdMasked = a.IdMasked, PhoneMasked = a.PhoneMasked, WorkKind = a.WorkKind, Employer = a.Employer, JoinedAt = joined,
                VerificationCode = MemberNumbers.NewCode(),
            };
        }).ToList();
        db.Members.AddRange(members);
        db.MemberSequences.AddRange(members.Select(m => new MemberSequence { UnionId = m.NumberUnionId, Year = m.Year, Last = 1 }));
        await db.SaveChangesAsync(ct);
        employed.MemberId = members[0].Id;
        driver.MemberId = members[1].Id;

        // worker15 moved to 井研县研城街道 ten days ago; the number stays.
        var moved = members[1];
        db.MemberTransfers.Add(new MemberTransfer
        {
            MemberId = moved.Id, FromUnionId = moved.UnionId, ToUnionId = unions["研城街道总工会"], FromUnionName = "胜利街道总工会", ToUnionName = "研城街道总工会",
            At = now.AddDays(-10), ByUserId = staff.Id, ByName = staff.DisplayName, Reason = "本人迁居井研县，改在研城街道接单",
        });
        moved.UnionId = unions["研城街道总工会"];
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A made-up resident ID number with the right check character.</summary>
    public static string IdNumber(string region, string birth, string sequence)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{region}{birth}{sequence}");
        return first17 + IdNumbers.CheckCharacter(first17);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Aid;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Hardship aid: 乐山市总工会's 2026 budget (50 万元, 40 people); worker05 waits at the first level (绥山镇), worker06 at
/// the county (峨眉山市税务局工会), worker07 at the city (周坡镇, 井研县), worker08 is on public notice (绥山镇, counted in
/// the budget), worker09 was paid in November 2025 and its yearly re-check is due (周坡镇). worker17 is left for the
/// browser journey. ID numbers are made-up but valid. Skipped once any application exists.
/// </summary>
internal sealed class DemoAid(AppDbContext db, PersonalDataProtector protector, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.AidApplications.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var unions = await db.Unions.AsNoTracking()
            .Where(u => u.Name == "绥山镇总工会" || u.Name == "周坡镇总工会" || u.Name == "国家税务总局峨眉山市税务局工会" || u.Name == "乐山市总工会")
            .ToDictionaryAsync(u => u.Name, u => u.Id, StringComparer.Ordinal, ct);
        var names = new[] { "worker05", "worker06", "worker07", "worker08", "worker09", "suishan", "emeishan", "jingyan", "leshan" };
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => new { u.Id, u.DisplayName }, StringComparer.Ordinal, ct);
        if (users.Count != names.Length || unions.Count != 4)
        {
            return;
        }
        db.AidBudgets.Add(new AidBudget { UnionId = unions["乐山市总工会"], Year = 2026, BudgetFen = 50_000_000, QuotaCount = 40, UsedFen = 300_000, UsedCount = 1 });

        async Task<AidApplication> Application(string worker, string realName, string idNumber, string union, long requested, int daysAgo, AidCause causes, string description)
        {
            var chain = (await AidChain.FindAsync(db, unions[union], ct))!;
            var household = new List<HouseholdMember> { new(realName, "本人", 45, 180_000), new("家属", "配偶", 43, 0), new("孩子", "子女", 15, 0) };
            var submitted = now.AddDays(-daysAgo);
            return new AidApplication
            {
                UserId = users[worker].Id, UnionId = chain.UnionId, CountyUnionId = chain.CountyUnionId, CityUnionId = chain.CityUnionId, RealName = realName,
                IdCipher = protector.Encrypt(idNumber), IdLookup = protector.Lookup(idNumber), IdMasked = Masking.IdNumber(idNumber),
                PhoneCipher = protector.Encrypt("1390833" + worker[^2..] + "55"), PhoneMasked = Masking.Phone("1390833" + worker[^2..] + "55"),
                HouseholdSize = household.Count, HouseholdCipher = protector.Encrypt(JsonSerializer.Serialize(household)),
                IncomeCipher = protector.Encrypt("家庭月收入 1800.00 元，3 人，人均 600.00 元"), Causes = causes, CauseDescription = description,
                HealthCipher = causes.HasFlag(AidCause.Illness) ? protector.Encrypt("长期透析治疗") : null, RequestedFen = requested,
                ConsentAt = submitted, ConsentVersion = AidOptions.ConsentVersion, Year = ChinaTime.ToLocal(submitted).Year, Status = AidStatus.Reviewing,
                Level = AidLevel.Grassroots, SubmittedAt = submitted,
            };
        }

        AidStep Step(AidApplication a, AidLevel level, string staff, long amount, int daysAgo) => new()
        {
            ApplicationId = a.Id, Level = level, UnionId = AidChain.UnionAt(a, level), Approved = true, AmountFen = amount, Opinion = "情况属实，同意",
            ByUserId = users[staff].Id, ByName = users[staff].DisplayName, At = now.AddDays(-daysAgo),
        };

        var first = await Application("worker05", "李秀兰", DemoMembership.IdNumber("511181", "19780312", "064"), "绥山镇总工会", 500_000, 1, AidCause.Illness, "丈夫患尿毒症长期透析，家庭收入微薄");
        var county = await Application("worker06", "赵建国", DemoMembership.IdNumber("511181", "19820527", "071"), "国家税务总局峨眉山市税务局工会", 300_000, 6, AidCause.Disability, "因工伤致残，收入下降");
        var city = await Application("worker07", "孙丽", DemoMembership.IdNumber("511124", "19870809", "082"), "周坡镇总工会", 400_000, 9, AidCause.Disaster | AidCause.Other, "房屋因洪灾受损，子女上学开支大");
        var notice = await Application("worker08", "周大勇", DemoMembership.IdNumber("511181", "19750101", "093"), "绥山镇总工会", 300_000, 14, AidCause.Illness, "本人患癌症化疗，无力工作");
        var paid = await Application("worker09", "吴小芳", DemoMembership.IdNumber("511124", "19800615", "104"), "周坡镇总工会", 200_000, 390, AidCause.Other, "单亲家庭，抚养两个孩子");
        county.Level = AidLevel.County;
        county.ApprovedFen = 300_000;
        city.Level = AidLevel.City;
        city.ApprovedFen = 350_000;
        notice.Level = AidLevel.City;
        notice.Status = AidStatus.OnNotice;
        notice.ApprovedFen = 300_000;
        notice.NoticeStartsOn = today.AddDays(-2);
        notice.NoticeEndsOn = today.AddDays(5);
        paid.Level = AidLevel.City;
        paid.Status = AidStatus.Paid;
        paid.ApprovedFen = paid.PaidFen = 200_000;
        paid.NoticeStartsOn = new DateOnly(2025, 11, 10);
        paid.NoticeEndsOn = new DateOnly(2025, 11, 17);
        paid.PaidOn = new DateOnly(2025, 11, 20);
        paid.PayMethod = AidPayMethod.BankTransfer;
        paid.PayReference = "JY20251120001";
        paid.RecheckDueOn = new DateOnly(2026, 11, 20);
        db.AidApplications.AddRange(first, county, city, notice, paid);
        await db.SaveChangesAsync(ct);
        db.AidSteps.AddRange(
            Step(county, AidLevel.Grassroots, "emeishan", 300_000, 4),
            Step(city, AidLevel.Grassroots, "jingyan", 400_000, 7), Step(city, AidLevel.County, "jingyan", 350_000, 5),
            Step(notice, AidLevel.Grassroots, "suishan", 300_000, 10), Step(notice, AidLevel.County, "emeishan", 300_000, 6), Step(notice, AidLevel.City, "leshan", 300_000, 2),
            Step(paid, AidLevel.Grassroots, "jingyan", 200_000, 385), Step(paid, AidLevel.County, "jingyan", 200_000, 383), Step(paid, AidLevel.City, "leshan", 200_000, 380));
        await db.SaveChangesAsync(ct);
    }
}

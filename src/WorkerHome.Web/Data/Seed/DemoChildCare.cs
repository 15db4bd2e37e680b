using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.ChildCare;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Child care at 峨眉山市绥山镇红华苑社区职工之家: a winter care class open for enrolment (full, with a waiting list) and
/// next summer's class as a draft; nursing rooms there and at the tax bureau's worker home. Skipped once any class exists.
/// </summary>
internal sealed class DemoChildCare(AppDbContext db, PersonalDataProtector protector, TimeProvider time)
{
    private const string Community = "峨眉山市绥山镇红华苑社区职工之家";
    private const string TaxBureau = "国家税务总局峨眉山市税务局职工之家";

    private static readonly string[] Children = ["王子涵", "李欣怡", "张浩然", "刘思琪", "陈宇轩", "杨梓萱", "赵一诺", "黄俊熙"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.CareClasses.AnyAsync(ct))
        {
            return;
        }
        var sites = await db.Sites.Where(s => s.Name == Community || s.Name == TaxBureau).ToDictionaryAsync(s => s.Name, StringComparer.Ordinal, ct);
        if (!sites.TryGetValue(Community, out var community) || !sites.TryGetValue(TaxBureau, out var tax))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var winterStart = today.AddDays(50);
        var winter = new CareClass
        {
            SiteId = community.Id, UnionId = community.UnionId, Title = $"{winterStart.Year}年寒假爱心托管班",
            Description = "上午作业辅导，下午阅读、手工和体育游戏；午餐由社区食堂提供。请自带水杯和午休用品。",
            FirstDay = winterStart, LastDay = winterStart.AddDays(20), DailyFrom = 8 * 60 + 30, DailyTo = 17 * 60 + 30,
            MinAge = 6, MaxAge = 12, Capacity = 6, WaitlistLimit = 5, FeeFen = 0, Status = CareClassStatus.Open,
            EnrolmentOpensAt = now.AddDays(-7), EnrolmentClosesAt = ChinaTime.FromLocal(winterStart.AddDays(-7), TimeOnly.MinValue),
            CreatedAt = now.AddDays(-10), UpdatedAt = now.AddDays(-7),
        };
        var summerStart = new DateOnly(winterStart.Year, 7, 12);
        var summer = new CareClass
        {
            SiteId = community.Id, UnionId = community.UnionId, Title = $"{summerStart.Year}年暑期爱心托管班",
            Description = "暑期六周，面向辖区职工子女，兼顾学习与安全。", FirstDay = summerStart, LastDay = summerStart.AddDays(40),
            DailyFrom = 8 * 60 + 30, DailyTo = 17 * 60 + 30, MinAge = 6, MaxAge = 12, Capacity = 30, WaitlistLimit = 10,
            Status = CareClassStatus.Draft, EnrolmentOpensAt = ChinaTime.FromLocal(summerStart.AddDays(-40), TimeOnly.MinValue),
            EnrolmentClosesAt = ChinaTime.FromLocal(summerStart.AddDays(-5), TimeOnly.MinValue), CreatedAt = now, UpdatedAt = now,
        };
        db.CareClasses.AddRange(winter, summer);
        await db.SaveChangesAsync(ct);

        var workers = await db.Users.Where(u => u.UserName!.StartsWith("worker")).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName }).Take(Children.Length).ToListAsync(ct);
        for (var i = 0; i < workers.Count; i++)
        {
            var phone = $"199000000{i + 1:00}";
            var enrolled = i < winter.Capacity;
            db.CareEnrolments.Add(new CareEnrolment
            {
                ClassId = winter.Id, UnionId = winter.UnionId, GuardianId = workers[i].Id, ChildName = Children[i],
                ChildBirthDate = new DateOnly(today.Year - 7 - i % 4, 3 + i, 10 + i),
                GuardianPhoneCipher = protector.Encrypt(phone), GuardianPhoneMasked = Masking.Phone(phone),
                HealthNotesCipher = i % 3 == 0 ? protector.Encrypt(i == 0 ? "对花生过敏" : "有轻度哮喘，随身带喷雾") : null,
                ConsentGivenAt = now.AddDays(-6).AddHours(i), ConsentVersion = CareConsent.Version,
                Status = enrolled ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted,
                CreatedAt = now.AddDays(-6).AddHours(i), EnrolledAt = enrolled ? now.AddDays(-6).AddHours(i) : null,
            });
        }
        winter.Enrolled = Math.Min(workers.Count, winter.Capacity);
        winter.Waitlisted = Math.Max(0, workers.Count - winter.Capacity);

        db.NursingRooms.AddRange(
            new NursingRoom
            {
                SiteId = community.Id, UnionId = community.UnionId, Name = "妈咪宝贝屋", Location = "一楼服务大厅东侧", Places = 3,
                Amenities = NursingAmenity.NursingChair | NursingAmenity.Fridge | NursingAmenity.HotWater | NursingAmenity.ChangingTable | NursingAmenity.Sink,
                Notes = "门内可上锁；母乳可存放在冰箱，请贴好姓名。", UpdatedAt = now,
            },
            new NursingRoom
            {
                SiteId = tax.Id, UnionId = tax.UnionId, Name = "爱心母婴室", Location = "二楼休息室旁", Places = 1,
                Amenities = NursingAmenity.NursingChair | NursingAmenity.HotWater | NursingAmenity.Sink, OpensAt = 8 * 60 + 30, ClosesAt = 17 * 60 + 30,
                Notes = "来办税的妈妈也可以使用。", UpdatedAt = now,
            });
        await db.SaveChangesAsync(ct);
    }
}

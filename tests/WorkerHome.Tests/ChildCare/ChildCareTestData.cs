using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.ChildCare;
using WorkerHome.Testing;

namespace WorkerHome.Tests.ChildCare;

/// <summary>Care classes and nursing rooms made through the API at demo sites (峨眉山市 unless said).</summary>
internal static class ChildCareTestData
{
    public const string EmeiSite = "峨眉山市绥山镇红华苑社区职工之家";

    public static Task<int> SiteIdAsync(this TestApp app, string name = EmeiSite) =>
        app.DbAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public static async Task<CareClassInput> ClassInputAsync(this TestApp app, int capacity = 5, int waitlist = 10) => new()
    {
        SiteId = await app.SiteIdAsync(),
        Title = "暑期托管班" + Guid.NewGuid().ToString("N")[..8],
        Description = "上午作业辅导，下午阅读与手工。",
        FirstDay = new DateOnly(2027, 7, 12),
        LastDay = new DateOnly(2027, 8, 20),
        DailyFrom = 8 * 60 + 30,
        DailyTo = 17 * 60 + 30,
        MinAge = 6,
        MaxAge = 12,
        Capacity = capacity,
        WaitlistLimit = waitlist,
        EnrolmentOpensAt = TestApp.Now.AddDays(-1),
        EnrolmentClosesAt = new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A class at the Emeishan site, opened for enrolment by its staff.</summary>
    public static async Task<CareClassView> OpenClassAsync(this TestApp app, int capacity = 5, int waitlist = 10)
    {
        using var staff = await app.As("emeishan");
        var created = await (await staff.PostJsonAsync("/api/child-care/classes", await app.ClassInputAsync(capacity, waitlist)))
            .ReadAsync<CareClassView>(HttpStatusCode.Created);
        return await (await staff.PostJsonAsync($"/api/child-care/classes/{created.Id}/status", new CareClassStatusInput { Status = CareClassStatus.Open }))
            .ReadAsync<CareClassView>();
    }

    public static EnrolmentInput Child(string name = "小明", int birthYear = 2018) => new()
    {
        ChildName = name,
        ChildBirthDate = new DateOnly(birthYear, 3, 15),
        GuardianPhone = "13912345678",
        HealthNotes = "对花生过敏",
        Consent = true,
    };

    public static Task<CareClass> ClassRowAsync(this TestApp app, int id) =>
        app.DbAsync(db => db.CareClasses.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<List<CareEnrolment>> EnrolmentRowsAsync(this TestApp app, int classId) =>
        app.DbAsync(db => db.CareEnrolments.AsNoTracking().Where(e => e.ClassId == classId).OrderBy(e => e.Id).ToListAsync());
}

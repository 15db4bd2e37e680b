using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Training;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Training;

/// <summary>Courses and postings made through the API as Emeishan staff, with their own unique names.</summary>
public static class TrainingTestData
{
    public static string Unique(string name) => $"{name}{Guid.NewGuid().ToString("N")[..8]}";

    public static Task<int> EmeishanUnionAsync(this TestApp app) => app.DbAsync(db =>
        db.RoleGrants.Where(g => db.Users.Any(u => u.Id == g.UserId && u.UserName == "emeishan") && g.UnionId != null)
            .Select(g => g.UnionId!.Value).FirstAsync());

    /// <summary>Two townships of 峨眉山市 and one of another county, for ranking.</summary>
    public static Task<string[]> TownshipsAsync(this TestApp app) => app.DbAsync(async db =>
    {
        var emeishan = await db.Regions.Where(r => r.Level == RegionLevel.Township && r.Code.StartsWith("511181")).OrderBy(r => r.Code)
            .Select(r => r.Code).Take(2).ToListAsync();
        var other = await db.Regions.Where(r => r.Level == RegionLevel.Township && r.Code.StartsWith("511124")).OrderBy(r => r.Code)
            .Select(r => r.Code).FirstAsync();
        return new[] { emeishan[0], emeishan[1], other };
    });

    /// <summary>A course with sessions that have already taken place (so the roll can be taken) and enrolment open.</summary>
    public static async Task<CourseInput> CourseInputAsync(this TestApp app, int capacity = 10, int sessions = 3, int required = 2, params string[] tags)
    {
        var start = TestApp.Now.AddDays(-sessions - 1);
        return new CourseInput
        {
            UnionId = await app.EmeishanUnionAsync(),
            Title = Unique("柑橘种植"),
            Tags = tags.Length > 0 ? [.. tags] : ["柑橘种植"],
            TargetGroup = "返乡农民工",
            Capacity = capacity,
            EnrolFrom = TestApp.Now.AddDays(-20),
            EnrolUntil = TestApp.Now.AddDays(5),
            RequiredSessions = required,
            CertificateTitle = "柑橘种植技能培训结业证书",
            Sessions = Enumerable.Range(0, sessions).Select(i => new SessionInput
            {
                Topic = $"第{i + 1}课", StartsAt = start.AddDays(i), EndsAt = start.AddDays(i).AddHours(2), Place = "教室", Teacher = "王老师",
            }).ToList(),
        };
    }

    /// <summary>A published course, made by Emeishan staff.</summary>
    public static async Task<CourseDetail> OpenCourseAsync(this TestApp app, CourseInput input)
    {
        using var staff = await app.As("emeishan");
        var created = await (await staff.PostJsonAsync("/api/training/courses", input)).ReadAsync<CourseDetail>(HttpStatusCode.Created);
        return await (await staff.PostAsync($"/api/training/courses/{created.Id}/publish", null)).ReadAsync<CourseDetail>();
    }

    public static async Task<int> EnrolAsync(this TestApp app, int courseId, TestWorker worker, string township)
    {
        using var client = app.Bearer(worker);
        var course = await (await client.PostJsonAsync($"/api/training/courses/{courseId}/enrolments", new EnrolRequest { TownshipCode = township }))
            .ReadAsync<CourseDetail>(HttpStatusCode.Created);
        return course.Mine!.Id;
    }

    /// <summary>A finished course whose every trainee attended its only session: all completed.</summary>
    public static async Task<(CourseDetail Course, IReadOnlyList<TestWorker> Trainees, IReadOnlyList<int> Enrolments)> CompletedCourseAsync(
        this TestApp app, int trainees, string township, params string[] tags)
    {
        var course = await app.OpenCourseAsync(await app.CourseInputAsync(capacity: trainees, sessions: 1, required: 1, tags));
        var workers = await app.CreateAsync(trainees, "tr");
        var enrolments = new List<int>();
        foreach (var w in workers)
        {
            enrolments.Add(await app.EnrolAsync(course.Id, w, township));
        }
        using var staff = await app.As("emeishan");
        await (await staff.PutJsonAsync($"/api/training/sessions/{course.Sessions[0].Id}/roll", new RollInput { PresentEnrolmentIds = enrolments }))
            .ReadAsync<RollSheet>();
        await (await staff.PostAsync($"/api/training/courses/{course.Id}/finish", null)).ReadAsync<Completion>();
        return (course, workers, enrolments);
    }

    public static async Task<JobInput> JobInputAsync(this TestApp app, string township, int openings = 3, params string[] tags) => new()
    {
        UnionId = await app.EmeishanUnionAsync(),
        Employer = Unique("峨眉山柑橘专业合作社"),
        Title = "果园管理员",
        TownshipCode = township,
        Tags = [.. tags],
        Openings = openings,
        WageText = "月薪3500元起",
        ContactName = "李经理",
        ContactPhone = "13800001111",
        ValidUntil = new DateOnly(2027, 3, 31),
    };
}

/// <summary>The setting that removes the course place and job opening guards.</summary>
public sealed class TrainingGuard : IGuardSwitch
{
    public static string Key => "Training:UnguardedForTests";
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.RightsCases;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.RightsCases;

public abstract class RightsIntakeTests(TestApp app)
{
    [Fact]
    public async Task A_worker_submits_a_case_numbered_with_deadlines_and_an_encrypted_phone()
    {
        var scene = await app.RightsSceneAsync(1);
        var detail = await app.SubmitAsync(scene.Workers[0], RightsSceneData.Input(scene.Emeishan));
        var c = detail.Case;
        Assert.Matches("^WQ2026\\d{5}$", c.Number);
        Assert.Equal(RightsCaseStatus.Submitted, c.Status);
        Assert.Equal("已受理", c.StatusName);
        Assert.Equal("欠薪", c.CategoryName);
        Assert.Equal("138****5678", c.PhoneMasked);
        Assert.Equal(1_250_000, c.AmountFen);
        // Wednesday 2 December + 2 working days = Friday 4 December; + 30 calendar days = 1 January.
        Assert.Equal(new DateOnly(2026, 12, 4), c.AcknowledgeBy);
        Assert.Equal(new DateOnly(2027, 1, 1), c.CloseBy);
        Assert.False(c.Overdue);
        Assert.Equal("峨眉山市总工会", c.UnionName);
        Assert.Single(detail.Steps);

        var stored = await app.DbAsync(db => db.RightsCases.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.DoesNotContain("13812345678", stored.PhoneCipher, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", stored.PhoneCipher, StringComparison.Ordinal);
        Assert.Equal("138****5678", stored.PhoneMasked);
        var raw = await app.DbAsync(db => db.Database.SqlQuery<string>($"SELECT \"PhoneCipher\" AS \"Value\" FROM \"RightsCases\" WHERE \"Id\" = {c.Id}").SingleAsync());
        Assert.NotEqual("13812345678", raw);
        Assert.Equal(TestApp.Now, stored.ConsentAt);

        using var worker = app.Bearer(scene.Workers[0]);
        var mine = await (await worker.GetAsync("/api/rights/my-cases")).ReadAsync<List<RightsCaseItem>>();
        Assert.Equal(c.Id, Assert.Single(mine).Id);
    }

    [Fact]
    public async Task Bad_submissions_are_refused_with_field_errors_and_nothing_is_saved()
    {
        var scene = await app.RightsSceneAsync(1);
        using var worker = app.Bearer(scene.Workers[0]);
        var before = await app.CountCasesAsync();
        var good = RightsSceneData.Input(scene.Emeishan);
        var cases = new (RightsCaseInput Input, string Field)[]
        {
            (good with { Consent = false }, "consent"),
            (good with { Description = "太短了" }, "description"),
            (good with { Description = new string('长', 2001) }, "description"),
            (good with { AmountFen = -1 }, "amountFen"),
            (good with { Category = (RightsCategory)99 }, "category"),
            (good with { Category = null }, "category"),
            (good with { EmployerName = " " }, "employerName"),
            (good with { UnionId = null }, "unionId"),
            (good with { UnionId = scene.Leshan }, "unionId"),
            (good with { Phone = "12345" }, "phone"),
            (good with { Phone = null }, "phone"),
        };
        foreach (var (input, field) in cases)
        {
            var problem = await (await worker.PostJsonAsync("/api/rights/cases", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.Errors().ContainsKey(field), $"{field}: {problem}");
        }
        var unknown = await (await worker.PostAsync("/api/rights/cases", new StringContent(
            $$"""{"category":"加班费","employerName":"某公司","description":"公司拖欠三个月工资，多次讨要未果。","unionId":{{scene.Emeishan}},"phone":"13812345678","consent":true}""",
            System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(unknown.Errors().ContainsKey("category"));
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/rights/cases", good)).StatusCode);
        Assert.Equal(before, await app.CountCasesAsync());
    }

    [Fact]
    public async Task Staff_enter_a_walk_in_case_by_phone_or_by_name_and_phone_and_bad_entries_are_refused()
    {
        var scene = await app.RightsSceneAsync(0);
        using var emeishan = await app.As("emeishan");
        var site = await app.SiteIdAsync("峨眉山市绥山镇红华苑社区职工之家");
        var baseInput = RightsSceneData.Input(scene.Emeishan);
        // worker05's demo phone is 19900000005: the case is the worker's own.
        var known = await (await emeishan.PostJsonAsync("/api/console/rights/cases", new WalkInCaseInput
        {
            Category = RightsCategory.WorkInjury, EmployerName = "某工厂", Description = "在车间受伤，单位不认工伤。", Phone = "19900000005", SiteId = site, Consent = true,
        })).ReadAsync<RightsCaseDetail>(HttpStatusCode.Created);
        Assert.Equal("职工05", known.Case.PersonName);
        Assert.Equal("现场登记", known.ChannelName);
        using var worker05 = await app.As("worker05");
        Assert.Contains((await (await worker05.GetAsync("/api/rights/my-cases")).ReadAsync<List<RightsCaseItem>>()), c => c.Id == known.Case.Id);

        var stranger = await (await emeishan.PostJsonAsync("/api/console/rights/cases", new WalkInCaseInput
        {
            Category = RightsCategory.Contract, EmployerName = "某餐馆", Description = "没有签劳动合同，想要补签。", Phone = "13700001111", PersonName = "张三",
            UnionId = scene.Emeishan, Consent = true,
        })).ReadAsync<RightsCaseDetail>(HttpStatusCode.Created);
        Assert.Equal("张三", stranger.Case.PersonName);
        Assert.Null(await app.DbAsync(db => db.RightsCases.Where(c => c.Id == stranger.Case.Id).Select(c => c.WorkerId).SingleAsync()));

        var before = await app.CountCasesAsync();
        var walkIn = new WalkInCaseInput
        {
            Category = RightsCategory.Contract, EmployerName = "某餐馆", Description = "没有签劳动合同，想要补签。", Phone = "13700002222",
            PersonName = "李四", UnionId = scene.Emeishan, Consent = true,
        };
        foreach (var (input, field) in new (WalkInCaseInput, string)[]
        {
            (walkIn with { PersonName = null }, "personName"),
            (walkIn with { Phone = null }, "phone"),
            (walkIn with { Consent = false }, "consent"),
            (walkIn with { UnionId = scene.Jingyan }, "unionId"),
            (walkIn with { ReceivedOn = new DateOnly(2026, 12, 3) }, "receivedOn"),
            (walkIn with { AmountFen = -100 }, "amountFen"),
        })
        {
            var problem = await (await emeishan.PostJsonAsync("/api/console/rights/cases", input)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.Errors().ContainsKey(field), $"{field}: {problem}");
        }
        using var worker = app.Bearer((await app.CreateAsync(1))[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostJsonAsync("/api/console/rights/cases", walkIn)).StatusCode);
        Assert.Equal(before, await app.CountCasesAsync());
    }

    [Fact]
    public async Task Acknowledge_by_counts_working_days_over_a_weekend_and_a_holiday_and_late_cases_are_flagged_and_filterable()
    {
        var scene = await app.RightsSceneAsync(0);
        using var emeishan = await app.As("emeishan");
        async Task<RightsCaseDetail> EnterAsync(DateOnly receivedOn) => await (await emeishan.PostJsonAsync("/api/console/rights/cases", new WalkInCaseInput
        {
            Category = RightsCategory.UnpaidWages, EmployerName = "某物流公司", Description = "拖欠两个月工资，老板避而不见。", Phone = "13700003333",
            PersonName = "王五", UnionId = scene.Emeishan, Consent = true, ReceivedOn = receivedOn,
        })).ReadAsync<RightsCaseDetail>(HttpStatusCode.Created);

        // Friday 27 November: Monday 30th and Tuesday 1 December are the two working days; today (2nd) it is overdue.
        var weekend = await EnterAsync(new DateOnly(2026, 11, 27));
        Assert.Equal(new DateOnly(2026, 12, 1), weekend.Case.AcknowledgeBy);
        Assert.True(weekend.Case.Overdue);
        // Wednesday 30 September: 国庆节 runs 1–7 October, so the two working days are Thursday 8th and Friday 9th.
        var holiday = await EnterAsync(new DateOnly(2026, 9, 30));
        Assert.Equal(new DateOnly(2026, 10, 9), holiday.Case.AcknowledgeBy);
        Assert.Equal(new DateOnly(2026, 10, 30), holiday.Case.CloseBy);
        Assert.True(holiday.Case.Overdue);
        var onTime = await EnterAsync(new DateOnly(2026, 12, 2));
        Assert.False(onTime.Case.Overdue);

        var overdue = await (await emeishan.GetAsync("/api/console/rights/cases?overdue=true&pageSize=100")).ReadAsync<PagedList<RightsCaseItem>>();
        Assert.Contains(overdue.Items, c => c.Id == weekend.Case.Id);
        Assert.Contains(overdue.Items, c => c.Id == holiday.Case.Id);
        Assert.DoesNotContain(overdue.Items, c => c.Id == onTime.Case.Id);
        Assert.All(overdue.Items, c => Assert.True(c.Overdue));

        // Assignment acknowledges: the weekend case is no longer late on that count (its close-by is still ahead).
        Assert.Equal(HttpStatusCode.NoContent, (await emeishan.AssignAsync(weekend.Case.Id, scene.Lawyer.Id)).StatusCode);
        Assert.False((await emeishan.StaffViewAsync(weekend.Case.Id)).Case.Overdue);
        Assert.True((await emeishan.StaffViewAsync(holiday.Case.Id)).Case.Overdue);

        // The calendar itself, straight: a Friday plus two working days is the Tuesday.
        var calendar = await app.DbAsync(db => ChineseCalendar.LoadAsync(db, CancellationToken.None));
        Assert.Equal(new DateOnly(2026, 12, 8), calendar.AddWorkingDays(new DateOnly(2026, 12, 4), 2));
    }

    [Fact]
    public async Task Twenty_concurrent_submissions_get_twenty_distinct_case_numbers()
    {
        var scene = await app.RightsSceneAsync(20);
        var clients = scene.Workers.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync("/api/rights/cases", RightsSceneData.Input(scene.Jingyan)))));
        clients.ForEach(c => c.Dispose());
        var created = new List<RightsCaseDetail>();
        foreach (var response in responses)
        {
            created.Add(await response.ReadAsync<RightsCaseDetail>(HttpStatusCode.Created));
        }
        Assert.Equal(20, created.Select(c => c.Case.Number).Distinct().Count());
        var ids = created.Select(c => c.Case.Id).ToList();
        Assert.Equal(20, await app.DbAsync(db => db.RightsCases.Where(c => ids.Contains(c.Id)).Select(c => c.Number).Distinct().CountAsync()));
    }

    public sealed class OnSqlite(SqliteApp app) : RightsIntakeTests(app);

    public sealed class OnPostgres(PostgresApp app) : RightsIntakeTests(app);
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using MiniExcelLibs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Sessions;

/// <summary>Staff schedule, change and cancel sessions of their own subtree; workers hear about what touches them.</summary>
public abstract class SessionApiTests(TestApp app)
{
    [Fact]
    public async Task Staff_schedule_a_session_in_beijing_time_with_the_items_class_size()
    {
        var item = await app.PublishedItemAsync(classSize: 12);
        var siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家");
        using var xigu = await app.As("xigu");

        var created = await (await xigu.PostAsJsonAsync("/api/sessions", new { menuItemId = item.Id, date = "2026-12-10", start = "19:00", durationMinutes = 90, siteId, place = "二楼活动室" }))
            .ReadAsync<SessionView>(HttpStatusCode.Created);

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 11, 0, 0, TimeSpan.Zero), created.StartsAt);
        Assert.Equal(created.StartsAt.AddMinutes(90), created.EndsAt);
        Assert.Equal(12, created.Capacity);
        Assert.Equal(12, created.SeatsLeft);
        using var anonymous = app.Anonymous();
        var seen = await (await anonymous.GetAsync($"/api/sessions/{created.Id}")).ReadAsync<SessionView>(HttpStatusCode.OK);
        Assert.Equal("二楼活动室", seen.Place);
        var listed = await (await xigu.GetAsync($"/api/sessions?item={item.Id}")).ReadAsync<PagedList<SessionView>>(HttpStatusCode.OK);
        Assert.Equal([created.Id], listed.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Bad_session_input_names_every_field_and_saves_nothing()
    {
        var item = await app.PublishedItemAsync();
        using var xigu = await app.As("xigu");

        var problem = await (await xigu.PostAsJsonAsync("/api/sessions", new { menuItemId = item.Id, start = "25:00", durationMinutes = 5, capacity = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Superset(new HashSet<string> { "date", "start", "durationMinutes", "capacity" }, problem.Errors().Keys.ToHashSet());
        await (await xigu.PostAsJsonAsync("/api/sessions", new { menuItemId = 987654321, date = "2026-12-10", start = "19:00" }))
            .ProblemAsync(HttpStatusCode.NotFound, "menu_item_not_found");
        await (await xigu.PostAsJsonAsync("/api/sessions", new { menuItemId = item.Id, date = "2026-11-30", start = "19:00", siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家") }))
            .ProblemAsync(HttpStatusCode.Conflict, "session_in_the_past");
        Assert.Equal(0, await app.DbAsync(db => db.Sessions.CountAsync(s => s.MenuItemId == item.Id)));
    }

    [Fact]
    public async Task Another_countys_staff_and_workers_can_neither_schedule_nor_see_the_roster()
    {
        var item = await app.PublishedItemAsync();
        var session = await app.SessionAsync(item);
        using var emeishan = await app.As("emeishan");
        await (await emeishan.PostAsJsonAsync("/api/sessions", new { menuItemId = item.Id, date = "2026-12-10", start = "19:00" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "session_out_of_scope");
        await (await emeishan.GetAsync($"/api/sessions/{session.Id}/roster")).ProblemAsync(HttpStatusCode.Forbidden, "session_out_of_scope");
        await (await emeishan.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "x" })).ProblemAsync(HttpStatusCode.Forbidden, "session_out_of_scope");
        await (await emeishan.PutAsJsonAsync($"/api/sessions/{session.Id}", new { capacity = 99, version = 1 })).ProblemAsync(HttpStatusCode.Forbidden, "session_out_of_scope");
        var listed = await (await emeishan.GetAsync($"/api/sessions?item={item.Id}")).ReadAsync<PagedList<SessionView>>(HttpStatusCode.OK);
        Assert.Empty(listed.Items);

        using var worker = app.Bearer((await app.CreateAsync(1, "snoop")).Single());
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/sessions/{session.Id}/roster")).StatusCode);
        var unchanged = await app.ReloadAsync(session);
        Assert.Equal((SessionStatus.Scheduled, 20), (unchanged.Status, unchanged.Capacity));
    }

    [Fact]
    public async Task Raising_the_capacity_confirms_those_waiting_and_lowering_it_below_the_confirmed_is_refused()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var workers = await app.CreateAsync(3, "cap");
        foreach (var w in workers)
        {
            using var client = app.Bearer(w);
            await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        }
        using var xigu = await app.As("xigu");

        var raised = await (await xigu.PutAsJsonAsync($"/api/sessions/{session.Id}", new { capacity = 2, version = 1 })).ReadAsync<SessionView>(HttpStatusCode.OK);

        Assert.Equal((2, 2, 1), (raised.Capacity, raised.Confirmed, raised.Waitlisted));
        var told = await app.DbAsync(db => db.Notifications.CountAsync(n => n.UserId == workers[1].Id && n.Title == "候补成功"));
        Assert.Equal(1, told);
        var problem = await (await xigu.PutAsJsonAsync($"/api/sessions/{session.Id}", new { capacity = 1, version = raised.Version })).ProblemAsync(HttpStatusCode.Conflict, "capacity_below_confirmed");
        Assert.Contains("capacity", problem.Errors().Keys);
        await (await xigu.PutAsJsonAsync($"/api/sessions/{session.Id}", new { capacity = 0, version = raised.Version })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Empty(await Orders.SeatInvariant.ViolationsAsync(app, session.Id));
    }

    [Fact]
    public async Task Cancelling_a_session_tells_everyone_who_ordered_and_closes_it_to_orders()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var workers = await app.CreateAsync(2, "off");
        foreach (var w in workers)
        {
            using var client = app.Bearer(w);
            await (await client.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        }
        using var xigu = await app.As("xigu");

        Assert.Equal(HttpStatusCode.NoContent, (await xigu.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "讲师临时有事" })).StatusCode);

        foreach (var w in workers)
        {
            var bodies = await app.DbAsync(db => db.Notifications.Where(n => n.UserId == w.Id && n.Title == "场次取消").Select(n => n.Body).ToListAsync());
            Assert.Contains("讲师临时有事", Assert.Single(bodies), StringComparison.Ordinal);
        }
        await (await xigu.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { })).ProblemAsync(HttpStatusCode.Conflict, "session_cancelled");
        var stale = await (await xigu.PutAsJsonAsync($"/api/sessions/{session.Id}", new { capacity = 5, version = 1 })).Content.ReadAsStringAsync();
        Assert.Contains("\"status\":409", stale, StringComparison.Ordinal);
        using var late = app.Bearer((await app.CreateAsync(1, "late")).Single());
        await (await late.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ProblemAsync(HttpStatusCode.Conflict, "session_not_open");
        await (await xigu.PostAsJsonAsync("/api/sessions/987654321/cancel", new { })).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task The_roster_masks_phones_and_exports_to_excel_in_the_same_order()
    {
        var session = await app.SessionAsync(await app.PublishedItemAsync(), capacity: 1);
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync("/api/auth/register", new { phone, password = "Demo@2026", displayName = "名单测试" })).StatusCode);
        using var registered = await app.As(phone);
        await (await registered.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        using (var other = app.Bearer((await app.CreateAsync(1, "wait")).Single()))
        {
            await (await other.PostAsJsonAsync($"/api/sessions/{session.Id}/orders", new { })).ReadAsync<OrderView>(HttpStatusCode.Created);
        }
        using var xigu = await app.As("xigu");

        var roster = await (await xigu.GetAsync($"/api/sessions/{session.Id}/roster")).ReadAsync<List<RosterEntry>>(HttpStatusCode.OK);

        Assert.Equal([OrderStatus.Confirmed, OrderStatus.Waitlisted], roster.Select(r => r.Status));
        Assert.Equal($"{phone[..3]}****{phone[^4..]}", roster[0].Phone);
        var excel = await xigu.GetAsync($"/api/sessions/{session.Id}/roster.xlsx");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var sheet = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        var text = string.Join("|", sheet.Query().SelectMany(row => ((IDictionary<string, object?>)row).Values).Select(v => v?.ToString()));
        Assert.Contains("名单测试", text, StringComparison.Ordinal);
        Assert.DoesNotContain(phone, text, StringComparison.Ordinal);
        Assert.Contains(roster[0].Phone, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weekly_series_skips_the_national_day_holiday_and_is_created_in_one_go()
    {
        var item = await app.PublishedItemAsync();
        using var xigu = await app.As("xigu");

        var plan = await (await xigu.PostAsJsonAsync("/api/sessions/series", new { menuItemId = item.Id, firstDate = "2026-12-03", weekdays = new[] { 4 }, count = 3, start = "19:00", siteId = await app.SiteIdAsync("西柳沟街道上坎社区职工之家") }))
            .ReadAsync<SeriesPlan>(HttpStatusCode.Created);

        Assert.Equal([new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 17)], plan.Created.Select(s => DateOnly.FromDateTime(s.StartsAt.ToOffset(TimeSpan.FromHours(8)).DateTime)));
        Assert.All(plan.Created, s => Assert.Equal(plan.SeriesKey, s.SeriesKey));
        var bad = await (await xigu.PostAsJsonAsync("/api/sessions/series/preview", new { menuItemId = item.Id, weekdays = new[] { 9 }, count = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("firstDate", bad.Errors().Keys);
    }

    [Fact]
    public async Task Series_dates_follow_the_2026_national_day_arrangement()
    {
        var calendar = await app.DbAsync(db => ChineseCalendar.LoadAsync(db, CancellationToken.None));

        var thursdays = PlanSeries.Dates(new SeriesInput { FirstDate = new DateOnly(2026, 9, 24), Weekdays = [4], Count = 3 }, calendar);
        Assert.Equal(
            [(new DateOnly(2026, 9, 24), true), (new DateOnly(2026, 10, 1), false), (new DateOnly(2026, 10, 8), true), (new DateOnly(2026, 10, 15), true)],
            thursdays.Select(d => (d.Date, d.Included)));
        Assert.Equal("国庆节放假", thursdays[1].Note);

        var saturdays = PlanSeries.Dates(new SeriesInput { FirstDate = new DateOnly(2026, 10, 3), Weekdays = [6], Count = 2 }, calendar);
        Assert.Equal([false, false, true, true], saturdays.Select(d => d.Included));
        Assert.Equal("国庆节调休，当天上班", saturdays[1].Note);

        var working = PlanSeries.Dates(new SeriesInput { FirstDate = new DateOnly(2026, 9, 30), Pattern = SeriesPattern.WorkingDays, Count = 4 }, calendar);
        Assert.Equal([new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10)],
            working.Where(d => d.Included).Select(d => d.Date));
    }

    public sealed class OnSqlite(SqliteApp app) : SessionApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : SessionApiTests(app);
}

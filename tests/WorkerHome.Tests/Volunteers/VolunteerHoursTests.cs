using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Volunteers;

public abstract class VolunteerHoursTests(TestApp app)
{
    [Fact]
    public async Task Hours_count_ended_sessions_only_with_a_one_decimal_total()
    {
        var volunteer = (await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会"))).Single();
        var other = (await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会"))).Single();
        var item = await app.PublishedItemAsync();
        var ended = await app.SessionAsync(item, startsIn: TimeSpan.FromDays(-1));
        var shortOne = await app.SessionAsync(item, startsIn: TimeSpan.FromHours(-3));
        var upcoming = await app.SessionAsync(item, startsIn: TimeSpan.FromHours(1));
        var running = await app.SessionAsync(item, startsIn: TimeSpan.FromMinutes(-30));
        var cancelled = await app.SessionAsync(item, startsIn: TimeSpan.FromDays(-2));
        var lastYear = await app.SessionAsync(item, startsIn: TimeSpan.FromDays(-400));
        var someoneElses = await app.SessionAsync(item, startsIn: TimeSpan.FromDays(-1));
        await app.DbAsync(async db =>
        {
            int[] mine = [ended.Id, shortOne.Id, upcoming.Id, running.Id, cancelled.Id, lastYear.Id];
            await db.Sessions.Where(s => mine.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, volunteer.Id));
            await db.Sessions.Where(s => s.Id == someoneElses.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, other.Id));
            await db.Sessions.Where(s => s.Id == shortOne.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, shortOne.StartsAt.AddMinutes(45)));
            await db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled));
        });

        using var client = app.Bearer(volunteer.Person);
        var hours = await (await client.GetAsync("/api/me/volunteer/hours")).ReadAsync<MyHours>();
        Assert.Equal(2026, hours.Year);
        Assert.Equal([ended.Id, shortOne.Id], hours.Sessions.Select(s => s.SessionId));
        Assert.Equal(2.3, hours.TotalHours);
        Assert.Equal(item.Title, hours.Sessions[0].ItemTitle);
        Assert.Equal("西柳沟街道上坎社区职工之家", hours.Sessions[0].Place);
        Assert.Equal(90, hours.Sessions[0].Minutes);
        Assert.Equal($"ZY2026-{volunteer.Id:D6}", hours.CertificateNumber);

        var past = await (await client.GetAsync("/api/me/volunteer/hours?year=2025")).ReadAsync<MyHours>();
        Assert.Equal(lastYear.Id, Assert.Single(past.Sessions).SessionId);
        Assert.Equal(1.5, past.TotalHours);

        var mine = await (await client.GetAsync("/api/me/volunteer")).ReadAsync<VolunteerDetail>();
        Assert.Equal(new HoursSummary(2026, 2, 2.3), mine.Hours);
        var problem = await (await client.GetAsync("/api/me/volunteer/hours?year=2030")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors().ContainsKey("year"));
    }

    [Fact]
    public async Task The_certificate_page_shows_the_hours_and_escapes_what_people_typed()
    {
        var volunteer = (await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会"))).Single();
        await app.DbAsync(db => db.Users.Where(u => u.Id == volunteer.Person.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "<b>陈</b>&律师")));
        var item = await app.PublishedItemAsync();
        var ended = await app.SessionAsync(item, startsIn: TimeSpan.FromDays(-1));
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == ended.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.VolunteerId, volunteer.Id)));

        using var client = app.Bearer(volunteer.Person);
        var response = await client.GetAsync("/volunteer/certificate?year=2026");
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("志愿服务时长证明", text, StringComparison.Ordinal);
        Assert.Contains($"ZY2026-{volunteer.Id:D6}", text, StringComparison.Ordinal);
        Assert.Contains("西固区总工会", text, StringComparison.Ordinal);
        Assert.Contains(item.Title, text, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1.5</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-print", html, StringComparison.Ordinal);
        Assert.Contains("<strong>&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<b>陈</b>&律师", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_volunteer_pages_answer_a_person_without_a_record_with_a_way_to_register()
    {
        using var client = app.Bearer((await app.CreateAsync(1, "vpage")).Single());
        var home = await (await client.GetAsync("/volunteer")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/volunteer/register\"", home, StringComparison.Ordinal);
        var register = await client.GetAsync("/volunteer/register");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        var form = WebUtility.HtmlDecode(await register.Content.ReadAsStringAsync());
        Assert.Contains("西柳沟街道总工会", form, StringComparison.Ordinal);
        Assert.Contains("name=\"slots\" value=\"3-2\"", form, StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : VolunteerHoursTests(app);

    public sealed class OnPostgres(PostgresApp app) : VolunteerHoursTests(app);
}

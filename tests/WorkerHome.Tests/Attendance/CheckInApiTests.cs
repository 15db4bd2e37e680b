using System.Net;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;
using Microsoft.EntityFrameworkCore;

namespace WorkerHome.Tests.Attendance;

/// <summary>Workers checking in with the QR token and entering online sessions: each rule and each refusal.</summary>
public abstract class CheckInApiTests(TestApp app)
{
    [Fact]
    public async Task The_code_carries_a_token_that_reads_back_as_the_session_and_the_end_of_the_window()
    {
        var session = await app.SessionAtAsync();
        using var staff = await app.As("xigu");

        var code = await (await staff.GetAsync($"/api/sessions/{session.Id}/check-in-code")).ReadAsync<CheckInCode>();

        Assert.Equal(session.StartsAt.AddMinutes(-30), code.OpensAt);
        Assert.Equal(session.EndsAt.AddMinutes(30), code.ClosesAt);
        Assert.StartsWith($"http://localhost/checkin/{session.Id}?t=", code.Url, StringComparison.Ordinal);
        Assert.EndsWith(Uri.EscapeDataString(code.Token), code.Url, StringComparison.Ordinal);
        var ticket = app.Tokens().Read(code.Token);
        Assert.NotNull(ticket);
        Assert.Equal(session.Id, ticket.Value.SessionId);
        Assert.Equal(code.ClosesAt, ticket.Value.ExpiresAt);
    }

    [Fact]
    public async Task A_confirmed_worker_checks_in_on_the_order_and_a_second_scan_returns_the_first_check_in()
    {
        var session = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "ci"))[0];
        var orderId = await app.ConfirmAsync(session, worker);
        using var client = app.Bearer(worker);
        var token = TokenFor(session);

        var first = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/check-in", new { token })).ReadAsync<CheckInView>(HttpStatusCode.Created);
        var again = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/check-in", new { token })).ReadAsync<CheckInView>(HttpStatusCode.OK);

        Assert.Equal(orderId, first.OrderId);
        Assert.False(first.IsWalkIn);
        Assert.Equal(CheckInMethod.QrCode, first.Method);
        Assert.Equal("扫码签到", first.MethodName);
        Assert.Equal(TestApp.Now, first.CheckedInAt);
        Assert.Equal(first.Id, again.Id);
        Assert.Single(await app.CheckInsAsync(session));
    }

    [Fact]
    public async Task Workers_without_a_confirmed_order_are_recorded_as_walk_ins()
    {
        var session = await app.SessionAtAsync();
        var workers = await app.CreateAsync(2, "walk");
        await app.ConfirmAsync(session, workers[1], OrderStatus.Waitlisted);
        var token = TokenFor(session);

        foreach (var worker in workers)
        {
            using var client = app.Bearer(worker);
            var checkIn = await (await client.PostJsonAsync($"/api/sessions/{session.Id}/check-in", new { token })).ReadAsync<CheckInView>(HttpStatusCode.Created);
            Assert.True(checkIn.IsWalkIn);
            Assert.Null(checkIn.OrderId);
        }
        Assert.Equal(2, (await app.CheckInsAsync(session)).Count(c => c.IsWalkIn));
    }

    [Fact]
    public async Task Two_check_ins_of_one_worker_at_the_same_moment_make_one_row_and_both_answer_with_it()
    {
        var session = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "race"))[0];
        await app.ConfirmAsync(session, worker);
        var token = TokenFor(session);
        var clients = Enumerable.Range(0, 4).Select(_ => app.Bearer(worker)).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostJsonAsync($"/api/sessions/{session.Id}/check-in", new { token })));
        var bodies = new List<CheckInView>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"Got {(int)response.StatusCode}");
            bodies.Add(await response.ReadAsync<CheckInView>(response.StatusCode));
        }
        clients.ForEach(c => c.Dispose());

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(bodies.Select(b => b.Id).Distinct());
        Assert.Single(await app.CheckInsAsync(session));
    }

    [Fact]
    public async Task Tokens_that_do_not_unprotect_belong_to_another_session_or_are_missing_are_refused()
    {
        var session = await app.SessionAtAsync();
        var other = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "bad"))[0];
        using var client = app.Bearer(worker);
        var url = $"/api/sessions/{session.Id}/check-in";

        await (await client.PostJsonAsync(url, new { token = "not-a-token" })).ProblemAsync(HttpStatusCode.BadRequest, "checkin_token_invalid");
        var tampered = TokenFor(session);
        tampered = tampered[..^4] + (tampered[^4] == 'A' ? "BBBB" : "AAAA");
        await (await client.PostJsonAsync(url, new { token = tampered })).ProblemAsync(HttpStatusCode.BadRequest, "checkin_token_invalid");
        await (await client.PostJsonAsync(url, new { token = TokenFor(other) })).ProblemAsync(HttpStatusCode.Forbidden, "checkin_token_other_session");
        var missing = await (await client.PostJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("token", missing.Errors().Keys);
        await (await client.PostJsonAsync("/api/sessions/987654321/check-in", new { token = app.Tokens().Create(987654321, TestApp.Now.AddHours(1)) }))
            .ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync(url, new { token = TokenFor(session) })).StatusCode);
        Assert.Empty(await app.CheckInsAsync(session));
    }

    [Fact]
    public async Task Check_in_is_refused_before_the_window_after_it_with_an_expired_token_and_for_a_cancelled_session()
    {
        var early = await app.SessionAtAsync(TimeSpan.FromHours(2));
        var late = await app.SessionAtAsync(TimeSpan.FromHours(-4));
        var open = await app.SessionAtAsync();
        var cancelled = await app.SessionAtAsync();
        await app.DbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled)));
        var worker = (await app.CreateAsync(1, "win"))[0];
        using var client = app.Bearer(worker);

        await (await client.PostJsonAsync($"/api/sessions/{early.Id}/check-in", new { token = TokenFor(early) })).ProblemAsync(HttpStatusCode.Conflict, "checkin_not_open");
        await (await client.PostJsonAsync($"/api/sessions/{late.Id}/check-in", new { token = TokenFor(late) })).ProblemAsync(HttpStatusCode.Conflict, "checkin_closed");
        var expired = app.Tokens().Create(open.Id, TestApp.Now.AddSeconds(-1));
        await (await client.PostJsonAsync($"/api/sessions/{open.Id}/check-in", new { token = expired })).ProblemAsync(HttpStatusCode.Conflict, "checkin_closed");
        await (await client.PostJsonAsync($"/api/sessions/{cancelled.Id}/check-in", new { token = TokenFor(cancelled) }))
            .ProblemAsync(HttpStatusCode.Conflict, "checkin_session_cancelled");
        foreach (var session in new[] { early, late, open, cancelled })
        {
            Assert.Empty(await app.CheckInsAsync(session));
        }
    }

    [Fact]
    public async Task A_confirmed_worker_enters_an_online_session_which_checks_them_in_and_others_are_refused()
    {
        var online = await app.SessionAtAsync(online: true);
        var onSite = await app.SessionAtAsync();
        var later = await app.SessionAtAsync(TimeSpan.FromHours(3), online: true);
        var workers = await app.CreateAsync(2, "online");
        await app.ConfirmAsync(online, workers[0]);
        await app.ConfirmAsync(later, workers[0]);
        await app.ConfirmAsync(onSite, workers[0]);
        using var client = app.Bearer(workers[0]);

        var joined = await (await client.PostAsync($"/api/sessions/{online.Id}/join", null)).ReadAsync<JoinedOnline>();
        var again = await (await client.PostAsync($"/api/sessions/{online.Id}/join", null)).ReadAsync<JoinedOnline>();

        Assert.Equal(online.OnlineUrl, joined.OnlineUrl);
        Assert.Equal(CheckInMethod.Online, joined.CheckIn.Method);
        Assert.Equal(joined.CheckIn.Id, again.CheckIn.Id);
        Assert.Single(await app.CheckInsAsync(online));
        await (await client.PostAsync($"/api/sessions/{later.Id}/join", null)).ProblemAsync(HttpStatusCode.Conflict, "checkin_not_open");
        await (await client.PostAsync($"/api/sessions/{onSite.Id}/join", null)).ProblemAsync(HttpStatusCode.Conflict, "session_not_online");
        using var stranger = app.Bearer(workers[1]);
        await (await stranger.PostAsync($"/api/sessions/{online.Id}/join", null)).ProblemAsync(HttpStatusCode.Forbidden, "no_confirmed_order");
        Assert.Single(await app.CheckInsAsync(online));
    }

    private string TokenFor(Session session) => app.Tokens().Create(session.Id, session.EndsAt.AddMinutes(30));

    public sealed class OnSqlite(SqliteApp app) : CheckInApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : CheckInApiTests(app);
}

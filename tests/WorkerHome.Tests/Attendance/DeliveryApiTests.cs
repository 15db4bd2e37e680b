using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Sessions;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Attendance;

/// <summary>What staff and the session's volunteer do: show the code, check people in by hand, undo, read attendance.</summary>
public abstract class DeliveryApiTests(TestApp app)
{
    [Fact]
    public async Task The_qr_image_is_a_png_for_staff_and_the_volunteer_and_refused_to_others()
    {
        var session = await app.SessionAtAsync();
        var volunteers = await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会"), 2);
        await app.AssignAsync(session, volunteers[0]);
        var url = $"/api/sessions/{session.Id}/check-in-qr.png";

        foreach (var client in new[] { await app.As("xigu"), app.Bearer(volunteers[0].Person) })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            client.Dispose();
        }
        using var county = await app.As("emeishan");
        await (await county.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        await (await county.GetAsync($"/api/sessions/{session.Id}/check-in-code")).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var otherVolunteer = app.Bearer(volunteers[1].Person);
        await (await otherVolunteer.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var worker = app.Bearer((await app.CreateAsync(1, "qr"))[0]);
        await (await worker.GetAsync($"/api/sessions/{session.Id}/check-in-code")).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        using var staff = await app.As("xigu");
        await (await staff.GetAsync("/api/sessions/987654321/check-in-code")).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");
    }

    [Fact]
    public async Task Staff_check_a_confirmed_worker_in_by_hand_and_the_volunteer_a_walk_in_by_phone()
    {
        var session = await app.SessionAtAsync();
        var workers = await app.CreateAsync(2, "hand");
        var orderId = await app.ConfirmAsync(session, workers[0]);
        var phone = await app.GivePhoneAsync(workers[1]);
        var volunteer = (await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会")))[0];
        await app.AssignAsync(session, volunteer);
        var url = $"/api/sessions/{session.Id}/check-ins";

        using var staff = await app.As("xigu");
        var byStaff = await (await staff.PostJsonAsync(url, new { userId = workers[0].Id })).ReadAsync<CheckInView>(HttpStatusCode.Created);
        var again = await (await staff.PostJsonAsync(url, new { userId = workers[0].Id })).ReadAsync<CheckInView>(HttpStatusCode.OK);
        using var helper = app.Bearer(volunteer.Person);
        var byVolunteer = await (await helper.PostJsonAsync(url, new { phone = phone[..3] + " " + phone[3..7] + "-" + phone[7..] }))
            .ReadAsync<CheckInView>(HttpStatusCode.Created);

        Assert.Equal((CheckInMethod.ByHand, orderId, false), (byStaff.Method, byStaff.OrderId, byStaff.IsWalkIn));
        Assert.Equal(byStaff.Id, again.Id);
        Assert.Equal((workers[1].Id, true), (byVolunteer.UserId, byVolunteer.IsWalkIn));
        var rows = await app.CheckInsAsync(session);
        Assert.Equal(await app.UserIdAsync("xigu"), rows.Single(r => r.UserId == workers[0].Id).RecordedBy);
        Assert.Equal(volunteer.Person.Id, rows.Single(r => r.UserId == workers[1].Id).RecordedBy);
    }

    [Fact]
    public async Task By_hand_check_in_names_bad_input_and_unknown_people_and_refuses_outsiders_without_changing_anything()
    {
        var session = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "refuse"))[0];
        var volunteers = await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会"), 2);
        await app.AssignAsync(session, volunteers[0]);
        var url = $"/api/sessions/{session.Id}/check-ins";
        using var staff = await app.As("xigu");

        Assert.Contains("phone", (await (await staff.PostJsonAsync(url, new { })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("phone", (await (await staff.PostJsonAsync(url, new { phone = "12345" })).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        Assert.Contains("phone", (await (await staff.PostJsonAsync(url, new { phone = "13000000000" })).ProblemAsync(HttpStatusCode.NotFound, "worker_not_found")).Errors().Keys);
        Assert.Contains("userId", (await (await staff.PostJsonAsync(url, new { userId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound, "worker_not_found")).Errors().Keys);
        await (await staff.PostJsonAsync("/api/sessions/987654321/check-ins", new { userId = worker.Id })).ProblemAsync(HttpStatusCode.NotFound, "session_not_found");

        using var county = await app.As("emeishan");
        await (await county.PostJsonAsync(url, new { userId = worker.Id })).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var otherVolunteer = app.Bearer(volunteers[1].Person);
        await (await otherVolunteer.PostJsonAsync(url, new { userId = worker.Id })).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var self = app.Bearer(worker);
        await (await self.PostJsonAsync(url, new { userId = worker.Id })).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync(url, new { userId = worker.Id })).StatusCode);
        Assert.Empty(await app.CheckInsAsync(session));

        var early = await app.SessionAtAsync(TimeSpan.FromHours(2));
        await (await staff.PostJsonAsync($"/api/sessions/{early.Id}/check-ins", new { userId = worker.Id })).ProblemAsync(HttpStatusCode.Conflict, "checkin_not_open");
        var late = await app.SessionAtAsync(TimeSpan.FromHours(-4));
        await (await staff.PostJsonAsync($"/api/sessions/{late.Id}/check-ins", new { userId = worker.Id })).ProblemAsync(HttpStatusCode.Conflict, "checkin_closed");
    }

    [Fact]
    public async Task A_by_hand_mistake_is_undone_while_check_in_is_open_but_not_a_workers_own_scan_nor_after_the_window()
    {
        var session = await app.SessionAtAsync();
        var workers = await app.CreateAsync(2, "undo");
        using var staff = await app.As("xigu");
        await (await staff.PostJsonAsync($"/api/sessions/{session.Id}/check-ins", new { userId = workers[0].Id })).ReadAsync<CheckInView>(HttpStatusCode.Created);
        using (var own = app.Bearer(workers[1]))
        {
            var token = app.Tokens().Create(session.Id, session.EndsAt.AddMinutes(30));
            await (await own.PostJsonAsync($"/api/sessions/{session.Id}/check-in", new { token })).ReadAsync<CheckInView>(HttpStatusCode.Created);
        }

        using var county = await app.As("emeishan");
        await (await county.DeleteAsync($"/api/sessions/{session.Id}/check-ins/{workers[0].Id}")).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/sessions/{session.Id}/check-ins/{workers[0].Id}")).StatusCode);
        await (await staff.DeleteAsync($"/api/sessions/{session.Id}/check-ins/{workers[0].Id}")).ProblemAsync(HttpStatusCode.NotFound, "checkin_not_found");
        await (await staff.DeleteAsync($"/api/sessions/{session.Id}/check-ins/{workers[1].Id}")).ProblemAsync(HttpStatusCode.Conflict, "checkin_not_by_hand");
        Assert.Equal([workers[1].Id], (await app.CheckInsAsync(session)).Select(c => c.UserId));

        var late = await app.SessionAtAsync(TimeSpan.FromHours(-4));
        await app.DbAsync(async db =>
        {
            db.CheckIns.Add(new CheckIn { SessionId = late.Id, UserId = workers[0].Id, IsWalkIn = true, Method = CheckInMethod.ByHand, CheckedInAt = late.StartsAt });
            await db.SaveChangesAsync();
        });
        await (await staff.DeleteAsync($"/api/sessions/{late.Id}/check-ins/{workers[0].Id}")).ProblemAsync(HttpStatusCode.Conflict, "checkin_closed");
        Assert.Single(await app.CheckInsAsync(late));
    }

    [Fact]
    public async Task After_the_window_confirmed_workers_who_did_not_come_are_no_shows_and_the_counts_add_up()
    {
        var session = await app.SessionAtAsync(TimeSpan.FromHours(-4));
        var workers = await app.CreateAsync(4, "count");
        var orders = new List<int>();
        foreach (var worker in workers.Take(3))
        {
            orders.Add(await app.ConfirmAsync(session, worker));
        }
        await app.DbAsync(async db =>
        {
            db.CheckIns.Add(new CheckIn { SessionId = session.Id, UserId = workers[0].Id, OrderId = orders[0], Method = CheckInMethod.QrCode, CheckedInAt = session.StartsAt });
            db.CheckIns.Add(new CheckIn { SessionId = session.Id, UserId = workers[3].Id, IsWalkIn = true, Method = CheckInMethod.ByHand, CheckedInAt = session.StartsAt });
            await db.SaveChangesAsync();
        });
        var volunteer = (await app.CreateVerifiedAsync(await app.UnionIdAsync("西固区总工会")))[0];
        await app.AssignAsync(session, volunteer);

        using var staff = await app.As("xigu");
        var sheet = await (await staff.GetAsync($"/api/sessions/{session.Id}/attendance")).ReadAsync<AttendanceSheet>();
        using var helper = app.Bearer(volunteer.Person);
        var seenByVolunteer = await (await helper.GetAsync($"/api/sessions/{session.Id}/attendance")).ReadAsync<AttendanceSheet>();

        Assert.Equal(new AttendanceCounts(3, 1, 2, 1, 0.3333), sheet.Counts);
        Assert.Equal("已结束", sheet.WindowState);
        Assert.False(sheet.IsOpen);
        Assert.Equal(AttendanceState.Present, sheet.Rows.Single(r => r.UserId == workers[0].Id).State);
        Assert.All(sheet.Rows.Where(r => r.UserId == workers[1].Id || r.UserId == workers[2].Id), r => Assert.Equal("缺席", r.StateName));
        var walkIn = sheet.Rows.Single(r => r.UserId == workers[3].Id);
        Assert.Equal(("现场参加", "未点单", (int?)null, false), (walkIn.StateName, walkIn.OrderStatus, walkIn.OrderId, walkIn.CanUndo));
        Assert.Equal(sheet.Counts, seenByVolunteer.Counts);
        using var county = await app.As("emeishan");
        await (await county.GetAsync($"/api/sessions/{session.Id}/attendance")).ProblemAsync(HttpStatusCode.Forbidden, "attendance_out_of_scope");
        using var excel = await staff.GetAsync($"/api/sessions/{session.Id}/attendance.xlsx");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await excel.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Fact]
    public async Task While_check_in_is_open_confirmed_workers_not_yet_come_are_expected_not_absent()
    {
        var session = await app.SessionAtAsync();
        var worker = (await app.CreateAsync(1, "open"))[0];
        await app.ConfirmAsync(session, worker);
        using var staff = await app.As("xigu");

        var sheet = await (await staff.GetAsync($"/api/sessions/{session.Id}/attendance")).ReadAsync<AttendanceSheet>();

        Assert.Equal(("签到中", true), (sheet.WindowState, sheet.IsOpen));
        Assert.Equal(new AttendanceCounts(1, 0, 0, 0, 0), sheet.Counts);
        Assert.Equal("未签到", Assert.Single(sheet.Rows).StateName);
    }

    public sealed class OnSqlite(SqliteApp app) : DeliveryApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : DeliveryApiTests(app);
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Infrastructure.Auditing;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Counselling;

public abstract class CounsellingPrivacyTests(TestApp app)
{
    [Fact]
    public async Task Site_staff_see_the_alias_and_the_time_but_never_the_person_or_the_note()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var alias = "雨" + Guid.NewGuid().ToString("N")[..6];
        var booked = await app.BookAsync(scene.Workers[0], slot.Id, CounsellingSceneData.Booking(alias, "秘密留言内容"));

        using var emeishan = await app.As("emeishan");
        var response = await emeishan.GetAsync($"/api/console/counselling/bookings?siteId={scene.SiteId}");
        var body = await response.Content.ReadAsStringAsync();
        var page = await response.ReadAsync<PagedList<SiteCounsellingBooking>>();
        var row = Assert.Single(page.Items);
        Assert.Equal(alias, row.Alias);
        Assert.Equal("2026-12-03 10:00", row.When);
        Assert.DoesNotContain("测试职工", body, StringComparison.Ordinal);
        Assert.DoesNotContain("秘密", body, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", body, StringComparison.Ordinal);
        Assert.DoesNotContain("情绪压力", body, StringComparison.Ordinal);

        foreach (var outsider in new[] { "jingyan", "xigu" })
        {
            using var client = await app.As(outsider);
            var theirs = await (await client.GetAsync($"/api/console/counselling/bookings?siteId={scene.SiteId}")).ReadAsync<PagedList<SiteCounsellingBooking>>();
            Assert.Empty(theirs.Items);
        }
        using var worker = app.Bearer(scene.Workers[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/console/counselling/bookings")).StatusCode);
        var counsellors = await (await emeishan.GetAsync("/api/console/counselling/counsellors")).ReadAsync<List<CounsellorItem>>();
        Assert.Contains(counsellors, c => c.Id == scene.Counsellor.Id);
        Assert.Contains(booked.Id, (await app.DbAsync(db => db.CounsellingBookings.Select(b => b.Id).ToListAsync())));
    }

    [Fact]
    public async Task The_owner_counsellor_sees_the_person_and_the_note_and_every_view_is_logged()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var booked = await app.BookAsync(scene.Workers[0], slot.Id, CounsellingSceneData.Booking("小雨", "最近睡不好"));

        using var counsellor = app.Bearer(scene.Counsellor.Person);
        var detail = await (await counsellor.GetAsync($"/api/counselling/desk/bookings/{booked.Id}")).ReadAsync<DeskBookingDetail>();
        Assert.Equal("测试职工1", detail.PersonName);
        Assert.Equal("最近睡不好", detail.Note);
        Assert.Equal("138****5678", detail.PhoneMasked);
        var contact = await (await counsellor.PostAsync($"/api/counselling/desk/bookings/{booked.Id}/contact", null)).ReadAsync<ContactDetails>();
        Assert.Equal("13812345678", contact.Phone);

        var log = await app.AccessLogAsync(nameof(CounsellingBooking), booked.Id);
        Assert.Equal(2, log.Count(l => l.Kind == OperationKind.Viewed && l.UserId == scene.Counsellor.Person.Id));
        Assert.All(log, l => Assert.Equal("小雨", l.Label));
        Assert.All(log, l => Assert.DoesNotContain("睡不好", (l.Before ?? "") + (l.After ?? ""), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_counsellor_staff_and_the_administrator_are_refused_the_private_side_and_each_refusal_is_logged()
    {
        var scene = await app.CounsellingSceneAsync(2);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var booked = await app.BookAsync(scene.Workers[0], slot.Id);

        using var other = app.Bearer(scene.OtherCounsellor.Person);
        using var emeishan = await app.As("emeishan");
        using var admin = await app.As("admin");
        foreach (var client in new[] { other, emeishan, admin })
        {
            await (await client.GetAsync($"/api/counselling/desk/bookings/{booked.Id}")).ProblemAsync(HttpStatusCode.Forbidden, "notes_private");
        }
        await (await other.PostAsync($"/api/counselling/desk/bookings/{booked.Id}/contact", null)).ProblemAsync(HttpStatusCode.Forbidden, "notes_private");
        using var stranger = app.Bearer(scene.Workers[1]);
        await (await stranger.GetAsync($"/api/counselling/my-bookings/{booked.Id}")).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        await (await other.GetAsync("/api/counselling/desk/bookings/999999")).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");

        var denied = (await app.AccessLogAsync(nameof(CounsellingBooking), booked.Id)).Where(l => l.Kind == OperationKind.Denied).ToList();
        Assert.Equal(4, denied.Count);
        Assert.All(denied, l => Assert.Contains("notes_private", l.After, StringComparison.Ordinal));
        Assert.DoesNotContain(denied, l => l.UserId == scene.Counsellor.Person.Id);
    }

    [Fact]
    public async Task Session_notes_are_encrypted_versioned_and_written_by_the_owner_counsellor_only()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var booking = await app.StartedBookingAsync(scene, scene.Workers[0]);
        using var counsellor = app.Bearer(scene.Counsellor.Person);
        var saved = await (await counsellor.PutJsonAsync($"/api/counselling/desk/bookings/{booking}/note", new SessionNoteInput { Text = "来访者谈到加班压力，约定两周后回访" }))
            .ReadAsync<SessionNoteSaved>();
        Assert.Equal(1, saved.Version);
        await (await counsellor.PutJsonAsync($"/api/counselling/desk/bookings/{booking}/note", new SessionNoteInput { Text = "旧版本上的修改", Version = 0 }))
            .ProblemAsync(HttpStatusCode.Conflict, "stale_version");
        Assert.Equal(2, (await (await counsellor.PutJsonAsync($"/api/counselling/desk/bookings/{booking}/note",
            new SessionNoteInput { Text = "来访者谈到加班压力，约定一周后回访", Version = 1 })).ReadAsync<SessionNoteSaved>()).Version);
        Assert.Contains("text", (await (await counsellor.PutJsonAsync($"/api/counselling/desk/bookings/{booking}/note", new SessionNoteInput { Text = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);

        var raw = await app.DbAsync(db => db.CounsellingNotes.AsNoTracking().SingleAsync(n => n.BookingId == booking));
        Assert.DoesNotContain("加班", raw.TextCipher, StringComparison.Ordinal);
        using var other = app.Bearer(scene.OtherCounsellor.Person);
        await (await other.PutJsonAsync($"/api/counselling/desk/bookings/{booking}/note", new SessionNoteInput { Text = "越权", Version = 2 }))
            .ProblemAsync(HttpStatusCode.Forbidden, "notes_private");
        Assert.Contains(await app.AccessLogAsync(nameof(CounsellingNote), booking), l => l.Kind == OperationKind.Denied && l.UserId == scene.OtherCounsellor.Person.Id);

        var detail = await (await counsellor.GetAsync($"/api/counselling/desk/bookings/{booking}")).ReadAsync<DeskBookingDetail>();
        Assert.Equal("来访者谈到加班压力，约定一周后回访", detail.SessionNote);
        Assert.Contains(await app.AccessLogAsync(nameof(CounsellingNote), raw.Id), l => l.Kind == OperationKind.Viewed && l.Label == "阿明");
        Assert.Equal(HttpStatusCode.NoContent, (await counsellor.PostJsonAsync($"/api/counselling/desk/bookings/{booking}/outcome", new OutcomeInput { Attended = true })).StatusCode);
        Assert.Equal(CounsellingBookingStatus.Completed, await app.DbAsync(db => db.CounsellingBookings.Where(b => b.Id == booking).Select(b => b.Status).SingleAsync()));
    }

    public sealed class OnSqlite(SqliteApp app) : CounsellingPrivacyTests(app);

    public sealed class OnPostgres(PostgresApp app) : CounsellingPrivacyTests(app);
}

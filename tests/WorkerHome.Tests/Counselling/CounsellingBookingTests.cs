using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Counselling;

public abstract class CounsellingBookingTests(TestApp app)
{
    [Fact]
    public async Task A_worker_books_under_an_alias_and_the_note_and_phone_are_stored_encrypted()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var booked = await app.BookAsync(scene.Workers[0], slot.Id, CounsellingSceneData.Booking(note: "和同事关系紧张，想聊聊"));
        Assert.Equal("小雨", booked.Alias);
        Assert.False(booked.CrisisFlag);
        Assert.Null(booked.Hotline);

        var row = await app.DbAsync(db => db.CounsellingBookings.AsNoTracking().SingleAsync(b => b.Id == booked.Id));
        Assert.Equal(slot.Id, row.ActiveSlotId);
        Assert.DoesNotContain("同事", row.NoteCipher, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", row.ContactPhoneCipher, StringComparison.Ordinal);
        Assert.Equal("138****5678", row.ContactPhoneMasked);

        using var worker = app.Bearer(scene.Workers[0]);
        var mine = await (await worker.GetAsync("/api/counselling/my-bookings")).ReadAsync<List<MyCounsellingBooking>>();
        var listed = Assert.Single(mine);
        Assert.True(listed.CanCancel);
        Assert.Equal("到站面谈", listed.ModeName);
        var slots = await (await worker.GetAsync($"/api/counselling/slots?siteId={scene.SiteId}")).ReadAsync<List<CounsellingSlotItem>>();
        Assert.Empty(slots);
        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scene.Counsellor.Person.Id && n.Title == "新的心理咨询预约")));
    }

    [Fact]
    public async Task A_note_with_a_crisis_word_flags_the_booking_shows_the_hotline_and_tells_the_counsellor_first()
    {
        var scene = await app.CounsellingSceneAsync(2);
        var first = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var later = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddHours(3)));
        await app.BookAsync(scene.Workers[0], first.Id);
        var flagged = await app.BookAsync(scene.Workers[1], later.Id, CounsellingSceneData.Booking("阿青", "有时候觉得 不 想 活 了"));
        Assert.True(flagged.CrisisFlag);
        Assert.Equal("12356（全国心理援助热线）", flagged.Hotline);

        Assert.True(await app.DbAsync(db => db.Notifications.AnyAsync(n => n.UserId == scene.Counsellor.Person.Id && n.Title.StartsWith("【请优先处理】"))));
        using var counsellor = app.Bearer(scene.Counsellor.Person);
        var desk = await (await counsellor.GetAsync("/api/counselling/desk")).ReadAsync<CounsellingDesk>();
        Assert.Equal(flagged.Id, desk.Bookings[0].Id);
        Assert.True(desk.Bookings[0].CrisisFlag);
        using var worker = app.Bearer(scene.Workers[1]);
        var mine = await (await worker.GetAsync($"/api/counselling/my-bookings/{flagged.Id}")).ReadAsync<MyCounsellingBooking>();
        Assert.NotNull(mine.Hotline);
    }

    [Fact]
    public async Task Bad_booking_input_names_its_fields_and_saves_nothing()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        using var worker = app.Bearer(scene.Workers[0]);
        var bad = new BookingInput { Alias = "", Note = new string('字', 501), ContactPreference = ContactPreference.Phone, ContactPhone = "12", Consent = false };
        var problem = await (await worker.PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", bad)).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Superset(new HashSet<string> { "alias", "topic", "note", "consent" }, problem.Errors().Keys.ToHashSet());
        var longAlias = CounsellingSceneData.Booking(new string('雨', 21));
        Assert.Contains("alias", (await (await worker.PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", longAlias))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var badPhone = CounsellingSceneData.Booking() with { ContactPhone = "12345" };
        Assert.Contains("contactPhone", (await (await worker.PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", badPhone))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        await (await worker.PostJsonAsync("/api/counselling/slots/999999/bookings", CounsellingSceneData.Booking())).ProblemAsync(HttpStatusCode.NotFound, "slot_not_found");
        Assert.False(await app.DbAsync(db => db.CounsellingBookings.AnyAsync(b => b.SlotId == slot.Id)));
    }

    [Fact]
    public async Task A_worker_holds_at_most_two_upcoming_bookings_and_cancelling_one_frees_its_slot()
    {
        var scene = await app.CounsellingSceneAsync(2);
        var slots = new List<CounsellingSlotItem>();
        for (var i = 0; i < 3; i++)
        {
            slots.Add(await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddHours(i * 2))));
        }
        var first = await app.BookAsync(scene.Workers[0], slots[0].Id);
        await app.BookAsync(scene.Workers[0], slots[1].Id);
        using var worker = app.Bearer(scene.Workers[0]);
        await (await worker.PostJsonAsync($"/api/counselling/slots/{slots[2].Id}/bookings", CounsellingSceneData.Booking()))
            .ProblemAsync(HttpStatusCode.Conflict, "too_many_bookings");

        using var stranger = app.Bearer(scene.Workers[1]);
        await (await stranger.PostAsync($"/api/counselling/my-bookings/{first.Id}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound, "booking_not_found");
        await (await stranger.PostJsonAsync($"/api/counselling/slots/{slots[0].Id}/bookings", CounsellingSceneData.Booking()))
            .ProblemAsync(HttpStatusCode.Conflict, "slot_taken");
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/counselling/my-bookings/{first.Id}/cancel", null)).StatusCode);
        await (await worker.PostAsync($"/api/counselling/my-bookings/{first.Id}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict, "booking_closed");
        await app.BookAsync(scene.Workers[1], slots[0].Id);
        await app.BookAsync(scene.Workers[0], slots[2].Id);
    }

    [Fact]
    public async Task Thirty_workers_racing_for_one_slot_leave_exactly_one_booking()
    {
        var scene = await app.CounsellingSceneAsync(30);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var clients = scene.Workers.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select((c, i) => Task.Run(() =>
            c.PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", CounsellingSceneData.Booking("化名" + i)))));
        clients.ForEach(c => c.Dispose());

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await lost.ProblemAsync(HttpStatusCode.Conflict, "slot_taken");
        }
        Assert.Equal(1, await app.DbAsync(db => db.CounsellingBookings.CountAsync(b => b.SlotId == slot.Id && b.Status != CounsellingBookingStatus.Cancelled)));
    }

    [Fact]
    public async Task One_worker_booking_six_slots_at_once_holds_no_more_than_the_upcoming_limit()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slots = new List<CounsellingSlotItem>();
        for (var i = 0; i < 6; i++)
        {
            slots.Add(await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddDays(3).AddHours(i - 2))));
        }
        var clients = slots.Select(_ => app.Bearer(scene.Workers[0])).ToList();
        var responses = await Task.WhenAll(slots.Select((slot, i) => Task.Run(() =>
            clients[i].PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", CounsellingSceneData.Booking()))));
        clients.ForEach(c => c.Dispose());

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "too_many_bookings");
        }
        var worker = scene.Workers[0].Id;
        Assert.Equal(2, await app.DbAsync(db => db.CounsellingBookings.CountAsync(b => b.WorkerId == worker && b.Status == CounsellingBookingStatus.Booked)));
    }

    public sealed class OnSqlite(SqliteApp app) : CounsellingBookingTests(app);

    public sealed class OnPostgres(PostgresApp app) : CounsellingBookingTests(app);
}

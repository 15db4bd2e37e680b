using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Counselling;

public abstract class CounsellingSlotTests(TestApp app)
{
    [Fact]
    public async Task A_counsellor_publishes_a_slot_that_signed_in_workers_find_at_the_site()
    {
        var scene = await app.CounsellingSceneAsync(1);
        var slot = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        Assert.Equal("明天 10:00", slot.When);
        Assert.Equal(50, slot.Minutes);

        using var worker = app.Bearer(scene.Workers[0]);
        var listed = await (await worker.GetAsync($"/api/counselling/slots?siteId={scene.SiteId}")).ReadAsync<List<CounsellingSlotItem>>();
        Assert.Equal(slot.Id, Assert.Single(listed).Id);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/counselling/slots")).StatusCode);
    }

    [Theory]
    [InlineData(-60, 50, "startsAt")]
    [InlineData(24 * 60, 20, "minutes")]
    [InlineData(24 * 60, 120, "minutes")]
    [InlineData(24 * 60 + 11 * 60, 50, "startsAt")]
    [InlineData(24 * 60 + 9 * 60 + 30, 50, "startsAt")]
    public async Task A_slot_in_the_past_of_a_wrong_length_or_outside_opening_hours_is_refused(int minutesFromNow, int minutes, string field)
    {
        var scene = await app.CounsellingSceneAsync(0);
        using var client = app.Bearer(scene.Counsellor.Person);
        var problem = await (await client.PostJsonAsync("/api/counselling/desk/slots", scene.InPerson(TestApp.Now.AddMinutes(minutesFromNow), minutes)))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
        Assert.False(await app.DbAsync(db => db.CounsellingSlots.AnyAsync(s => s.CounsellorId == scene.Counsellor.Id)));
    }

    [Fact]
    public async Task An_in_person_slot_needs_a_site_the_counsellor_serves()
    {
        var scene = await app.CounsellingSceneAsync(0);
        var jingyanSite = await app.SiteIdAsync("井研县周坡镇职工之家");
        using var client = app.Bearer(scene.Counsellor.Person);
        var elsewhere = scene.InPerson(CounsellingSceneData.Tomorrow10) with { SiteId = jingyanSite };
        Assert.Contains("siteId", (await (await client.PostJsonAsync("/api/counselling/desk/slots", elsewhere))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var noSite = scene.InPerson(CounsellingSceneData.Tomorrow10) with { SiteId = null };
        Assert.Contains("siteId", (await (await client.PostJsonAsync("/api/counselling/desk/slots", noSite))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors().Keys);
        var phone = new SlotInput { StartsAt = CounsellingSceneData.Tomorrow10.AddHours(12), Minutes = 30, Mode = CounsellingMode.Phone };
        var byPhone = await app.PublishAsync(scene.Counsellor, phone);
        Assert.Null(byPhone.SiteId);
    }

    [Fact]
    public async Task A_slot_that_overlaps_the_counsellors_own_is_refused_but_another_counsellor_may_take_the_time()
    {
        var scene = await app.CounsellingSceneAsync(0);
        await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10, 60));
        using var client = app.Bearer(scene.Counsellor.Person);
        await (await client.PostJsonAsync("/api/counselling/desk/slots", scene.InPerson(CounsellingSceneData.Tomorrow10.AddMinutes(30))))
            .ProblemAsync(HttpStatusCode.Conflict, "slot_overlaps");
        await app.PublishAsync(scene.OtherCounsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddMinutes(30)));
        Assert.Equal(1, await app.DbAsync(db => db.CounsellingSlots.CountAsync(s => s.CounsellorId == scene.Counsellor.Id)));
    }

    [Fact]
    public async Task Only_a_qualified_counsellor_publishes_and_only_its_own_unbooked_slot_is_withdrawn()
    {
        var scene = await app.CounsellingSceneAsync(1);
        using var worker = app.Bearer(scene.Workers[0]);
        await (await worker.PostJsonAsync("/api/counselling/desk/slots", scene.InPerson(CounsellingSceneData.Tomorrow10)))
            .ProblemAsync(HttpStatusCode.Forbidden, "not_a_counsellor");
        var booked = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10));
        var free = await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddHours(2)));
        await app.BookAsync(scene.Workers[0], booked.Id);

        using var other = app.Bearer(scene.OtherCounsellor.Person);
        await (await other.DeleteAsync($"/api/counselling/desk/slots/{free.Id}")).ProblemAsync(HttpStatusCode.NotFound, "slot_not_found");
        using var owner = app.Bearer(scene.Counsellor.Person);
        await (await owner.DeleteAsync($"/api/counselling/desk/slots/{booked.Id}")).ProblemAsync(HttpStatusCode.Conflict, "slot_booked");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/counselling/desk/slots/{free.Id}")).StatusCode);
        Assert.Equal(CounsellingSlotStatus.Withdrawn, await app.DbAsync(db => db.CounsellingSlots.Where(s => s.Id == free.Id).Select(s => s.Status).SingleAsync()));
        await (await worker.GetAsync($"/api/counselling/slots/{free.Id}")).ProblemAsync(HttpStatusCode.NotFound, "slot_not_found");
    }

    [Fact]
    public async Task Six_copies_of_one_slot_published_at_once_leave_exactly_one()
    {
        var scene = await app.CounsellingSceneAsync(0);
        var input = scene.InPerson(CounsellingSceneData.Tomorrow10.AddHours(4));
        var clients = Enumerable.Range(0, 6).Select(_ => app.Bearer(scene.Counsellor.Person)).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostJsonAsync("/api/counselling/desk/slots", input))));
        clients.ForEach(c => c.Dispose());

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "slot_overlaps");
        }
        var counsellor = scene.Counsellor.Id;
        Assert.Equal(1, await app.DbAsync(db => db.CounsellingSlots.CountAsync(s => s.CounsellorId == counsellor && s.StartsAt == input.StartsAt)));
    }

    [Fact]
    public async Task A_slot_booked_and_withdrawn_at_the_same_moment_is_never_both()
    {
        var scene = await app.CounsellingSceneAsync(8);
        var slots = new List<CounsellingSlotItem>();
        for (var i = 0; i < 8; i++)
        {
            slots.Add(await app.PublishAsync(scene.Counsellor, scene.InPerson(CounsellingSceneData.Tomorrow10.AddDays(2).AddHours(i % 8 - 2))));
        }
        using var owner = app.Bearer(scene.Counsellor.Person);
        var workers = scene.Workers.Select(app.Bearer).ToList();
        await Task.WhenAll(slots.SelectMany((slot, i) => new[]
        {
            Task.Run(() => owner.DeleteAsync($"/api/counselling/desk/slots/{slot.Id}")),
            Task.Run(() => workers[i].PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", CounsellingSceneData.Booking())),
        }));
        workers.ForEach(c => c.Dispose());

        var ids = slots.Select(s => s.Id).ToList();
        var both = await app.DbAsync(db => db.CounsellingSlots.CountAsync(s => ids.Contains(s.Id) && s.Status == CounsellingSlotStatus.Withdrawn
            && db.CounsellingBookings.Any(b => b.SlotId == s.Id && b.Status != CounsellingBookingStatus.Cancelled)));
        Assert.Equal(0, both);
    }

    public sealed class OnSqlite(SqliteApp app) : CounsellingSlotTests(app);

    public sealed class OnPostgres(PostgresApp app) : CounsellingSlotTests(app);
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.ChildCare;
using WorkerHome.Testing;

namespace WorkerHome.Tests.ChildCare;

public abstract class NursingRoomTests(TestApp app)
{
    private async Task<NursingRoomView> RoomAsync(int places)
    {
        using var staff = await app.As("emeishan");
        return await (await staff.PostJsonAsync("/api/nursing-rooms", new NursingRoomInput
        {
            SiteId = await app.SiteIdAsync(),
            Name = "母婴室" + Guid.NewGuid().ToString("N")[..6],
            Location = "一楼东侧",
            Places = places,
            Amenities = [NursingAmenity.NursingChair, NursingAmenity.HotWater],
            OpensAt = 8 * 60,
            ClosesAt = 20 * 60,
        })).ReadAsync<NursingRoomView>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_mother_takes_a_place_and_frees_it_and_a_use_that_ran_out_frees_itself()
    {
        var room = await RoomAsync(places: 2);
        Assert.True(room.OpenNow);
        Assert.Equal(["哺乳椅", "热水"], room.Amenities);
        var mothers = await app.CreateAsync(2, "nr");
        using var first = app.Bearer(mothers[0]);
        var using1 = await (await first.PostAsync($"/api/nursing-rooms/{room.Id}/use", null)).ReadAsync<NursingRoomView>();
        Assert.Equal(1, using1.Free);
        Assert.Equal(TestApp.Now.AddMinutes(30), using1.MyUseEndsAt);
        var again = await (await first.PostAsync($"/api/nursing-rooms/{room.Id}/use", null)).ReadAsync<NursingRoomView>();
        Assert.Equal(1, again.Free);

        using var second = app.Bearer(mothers[1]);
        await (await second.PostAsync($"/api/nursing-rooms/{room.Id}/leave", null)).ProblemAsync(HttpStatusCode.Conflict, "nursing_room_not_in_use");
        var left = await (await first.PostAsync($"/api/nursing-rooms/{room.Id}/leave", null)).ReadAsync<NursingRoomView>();
        Assert.Equal(2, left.Free);
        Assert.Null(left.MyUseEndsAt);

        // A use that ran out half an hour ago no longer counts, and the next mother's tap gives its place back.
        await app.DbAsync(async db =>
        {
            db.NursingRoomUses.Add(new NursingRoomUse { RoomId = room.Id, UserId = mothers[1].Id, StartedAt = TestApp.Now.AddHours(-1), EndsAt = TestApp.Now.AddMinutes(-30) });
            await db.NursingRooms.Where(r => r.Id == room.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.InUse, r => r.InUse + 1));
            await db.SaveChangesAsync();
        });
        using var anonymous = app.Anonymous();
        Assert.Equal(2, (await (await anonymous.GetAsync($"/api/nursing-rooms/{room.Id}")).ReadAsync<NursingRoomView>()).Free);
        var mine = await (await second.PostAsync($"/api/nursing-rooms/{room.Id}/use", null)).ReadAsync<NursingRoomView>();
        Assert.Equal(1, mine.Free);
        Assert.Equal(1, await app.DbAsync(db => db.NursingRooms.Where(r => r.Id == room.Id).Select(r => r.InUse).SingleAsync()));
        using var staff = await app.As("emeishan");
        var managed = await (await staff.GetAsync($"/api/nursing-rooms?scope=managed&siteId={room.SiteId}")).ReadAsync<List<NursingRoomView>>();
        Assert.Equal(3, managed.Single(r => r.Id == room.Id).TodayUses); // hers, the one that ran out (started today), and the new one
    }

    [Fact]
    public async Task Twenty_mothers_at_once_take_no_more_places_than_the_room_has()
    {
        var room = await RoomAsync(places: 3);
        var mothers = await app.CreateAsync(20, "nr");
        var clients = mothers.Select(app.Bearer).ToList();
        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => c.PostAsync($"/api/nursing-rooms/{room.Id}/use", null))));
        clients.ForEach(c => c.Dispose());
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(3, await app.DbAsync(db => db.NursingRoomUses.CountAsync(u => u.RoomId == room.Id && u.ReleasedAt == null)));
        Assert.Equal(3, await app.DbAsync(db => db.NursingRooms.Where(r => r.Id == room.Id).Select(r => r.InUse).SingleAsync()));
    }

    [Fact]
    public async Task Bad_rooms_other_counties_and_missing_rooms_are_refused()
    {
        var room = await RoomAsync(places: 1);
        using var staff = await app.As("emeishan");
        var problem = await (await staff.PostJsonAsync("/api/nursing-rooms", new NursingRoomInput { SiteId = room.SiteId, Name = "", Places = 0 }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("name", problem.Errors().Keys);
        Assert.Contains("places", problem.Errors().Keys);
        using var jingyan = await app.As("jingyan");
        await (await jingyan.PutJsonAsync($"/api/nursing-rooms/{room.Id}", new NursingRoomInput { SiteId = room.SiteId, Name = "改名", Places = 5 }))
            .ProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        Assert.Equal(1, await app.DbAsync(db => db.NursingRooms.Where(r => r.Id == room.Id).Select(r => r.Places).SingleAsync()));
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/nursing-rooms/999999")).ProblemAsync(HttpStatusCode.NotFound, "nursing_room_not_found");
        await (await anonymous.PostAsync($"/api/nursing-rooms/{room.Id}/use", null)).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    public sealed class OnSqlite(SqliteApp app) : NursingRoomTests(app);

    public sealed class OnPostgres(PostgresApp app) : NursingRoomTests(app);
}

using System.Net;
using System.Text.Json;
using WorkerHome.Features.Bookings;
using WorkerHome.Testing;
using static WorkerHome.Tests.Bookings.BookingsTestData;

namespace WorkerHome.Tests.Bookings;

/// <summary>Thirty distinct workers book one slot (and overlapping runs) at the same moment: exactly one wins.</summary>
public abstract class SlotRushTests(TestApp app)
{
    internal static async Task<(int Created, int Taken, int Other)> RushAsync(TestApp app, int roomId, Func<int, BookRoomRequest> request)
    {
        var workers = await app.CreateAsync(30, "rush");
        var clients = workers.Select(app.Bearer).ToList();
        using var start = new ManualResetEventSlim();
        var calls = clients.Select((c, i) => Task.Run(async () =>
        {
            start.Wait();
            using var response = await c.PostJsonAsync($"/api/rooms/{roomId}/bookings", request(i));
            var body = await response.Content.ReadAsStringAsync();
            var code = response.StatusCode == HttpStatusCode.Conflict ? JsonDocument.Parse(body).RootElement.GetProperty("code").GetString() : null;
            return (response.StatusCode, code);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(calls);
        clients.ForEach(c => c.Dispose());
        return (results.Count(r => r.StatusCode == HttpStatusCode.Created), results.Count(r => r.code == "slot_taken"),
            results.Count(r => r.StatusCode != HttpStatusCode.Created && r.code != "slot_taken"));
    }

    [Fact]
    public async Task Thirty_workers_booking_the_same_slot_at_once_get_one_booking_and_twenty_nine_slot_taken()
    {
        var room = await app.RoomAsync();
        var (created, taken, other) = await RushAsync(app, room.Id, _ => Request(Tomorrow, "19:00"));
        Assert.Equal((1, 29, 0), (created, taken, other));
        Assert.Equal(1, await app.HoldingAsync(room.Id));
        Assert.Equal(1, await app.SlotRowsAsync(room.Id));
    }

    [Fact]
    public async Task Overlapping_multi_slot_bookings_at_once_leave_exactly_one_holder_of_each_slot()
    {
        var room = await app.RoomAsync();
        // 14:00–16:00, 15:00–17:00 and 16:00–18:00 in turn: every pair of neighbours shares a slot.
        var (created, taken, other) = await RushAsync(app, room.Id, i => Request(Tomorrow, $"{14 + i % 3}:00", slots: 2));
        Assert.Equal(0, other);
        Assert.Equal(30, created + taken);
        Assert.InRange(created, 1, 2);
        Assert.Equal(created, await app.HoldingAsync(room.Id));
        Assert.Equal(created * 2, await app.SlotRowsAsync(room.Id));
    }

    public sealed class OnSqlite(SqliteApp app) : SlotRushTests(app);

    public sealed class OnPostgres(PostgresApp app) : SlotRushTests(app);
}

/// <summary>
/// The control: with the guard switched off ("is it free?" then write, no slot rows) the same rush must end with the
/// slot double-booked in some round, and the real test's checks must see it. If it never does, the test proves nothing.
/// </summary>
public abstract class SlotGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_thirty_workers_at_once_double_book_the_slot_in_some_round()
    {
        var caught = false;
        for (var round = 0; round < 10 && !caught; round++)
        {
            var room = await app.RoomAsync();
            var (created, _, _) = await SlotRushTests.RushAsync(app, room.Id, _ => Request(Tomorrow, "19:00"));
            caught = created != 1 || await app.HoldingAsync(room.Id) != 1 || await app.SlotRowsAsync(room.Id) != 1;
        }
        Assert.True(caught, "The unguarded booking never double-booked: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<SlotGuard, BookingsOptions>((services, _, _) => services.AddBookingsFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<SlotGuard> app) : SlotGuardControlTests(app), IClassFixture<UnguardedSqliteApp<SlotGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<SlotGuard> app) : SlotGuardControlTests(app), IClassFixture<UnguardedPostgresApp<SlotGuard>>;
}

/// <summary>The setting that removes the double-booking guard.</summary>
public sealed class SlotGuard : IGuardSwitch
{
    public static string Key => "Bookings:UnguardedForTests";
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Counselling;

/// <summary>
/// The control for the concurrent-booking test: with the slot guard switched off (check in memory, insert without
/// the guarded column) the same rush must leave a slot with more than one live booking, and the real test's checks
/// must see it. If this ever finds no double booking, the real test proves nothing.
/// </summary>
public abstract class SlotGuardControlTests(TestApp app)
{
    [Fact]
    public async Task Without_the_guard_racing_workers_double_book_a_slot_in_some_round()
    {
        var caught = false;
        var scene = await app.CounsellingSceneAsync(30);
        for (var round = 0; round < 10 && !caught; round++)
        {
            var slot = await app.PublishAsync(scene.Counsellor, new SlotInput
            {
                StartsAt = CounsellingSceneData.Tomorrow10.AddHours(round * 2), Minutes = 30, Mode = CounsellingMode.Phone,
            });
            var clients = scene.Workers.Select(app.Bearer).ToList();
            var responses = await Task.WhenAll(clients.Select((c, i) => Task.Run(() =>
                c.PostJsonAsync($"/api/counselling/slots/{slot.Id}/bookings", CounsellingSceneData.Booking("化名" + i)))));
            clients.ForEach(c => c.Dispose());
            var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
            var live = await app.DbAsync(db => db.CounsellingBookings.CountAsync(b => b.SlotId == slot.Id && b.Status != CounsellingBookingStatus.Cancelled));
            caught = created != 1 || live != 1;
            // The winners hold upcoming bookings; clear them so the limit per worker does not end the next round early.
            await app.DbAsync(db => db.CounsellingBookings.Where(b => b.SlotId == slot.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, CounsellingBookingStatus.Cancelled).SetProperty(b => b.ActiveSlotId, (int?)null)));
        }
        Assert.True(caught, "The unguarded booking never double-booked: the concurrency test would not catch a missing guard.");
    }

    [Fact]
    public void The_switch_that_removes_the_guard_is_refused_outside_the_testing_environment()
        => GuardSwitches.AssertRefusedOutsideTesting<SlotGuard, CounsellingOptions>((services, _, _) => services.AddCounsellingFeature());

    public sealed class OnSqlite(UnguardedSqliteApp<SlotGuard> app) : SlotGuardControlTests(app), IClassFixture<UnguardedSqliteApp<SlotGuard>>;

    public sealed class OnPostgres(UnguardedPostgresApp<SlotGuard> app) : SlotGuardControlTests(app), IClassFixture<UnguardedPostgresApp<SlotGuard>>;
}

/// <summary>The setting that removes the slot guard.</summary>
public sealed class SlotGuard : IGuardSwitch
{
    public static string Key => "Counselling:UnguardedForTests";
}

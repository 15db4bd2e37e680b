using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Volunteers;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Counselling;

/// <summary>A site of 峨眉山市 open 08:00–20:00 every day, two counsellors serving 峨眉山市, and a few workers.</summary>
public sealed record CounsellingScene(int SiteId, int UnionId, TestVolunteer Counsellor, TestVolunteer OtherCounsellor, IReadOnlyList<TestWorker> Workers);

public static class CounsellingSceneData
{
    /// <summary>Thursday 3 December 2026, 10:00 Beijing: the day after the test clock's.</summary>
    public static readonly DateTimeOffset Tomorrow10 = TestApp.Now.AddDays(1);

    public static async Task<CounsellingScene> CounsellingSceneAsync(this TestApp app, int workers = 3)
    {
        var unionId = await app.UnionIdAsync("峨眉山市总工会");
        var site = new Site
        {
            Name = "心理驿站测试阵地 " + Guid.NewGuid().ToString("N")[..8],
            Form = SiteForm.Shared,
            Rating = SiteRating.County,
            Status = SiteStatus.Operating,
            HostOrganization = "测试社区",
            UnionId = unionId,
            RegionCode = "511181100",
            Address = "测试路 1 号",
            Latitude = 29.59,
            Longitude = 103.47,
            OpeningHours = [.. Enumerable.Range(1, 7).Select(d => new OpeningPeriod { Day = d, OpensAt = 8 * 60, ClosesAt = 20 * 60 })],
            Version = 1,
            CreatedAt = TestApp.Now,
            UpdatedAt = TestApp.Now,
        };
        await app.DbAsync(async db =>
        {
            db.Sites.Add(site);
            await db.SaveChangesAsync();
        });
        var counsellors = await app.CreateVerifiedAsync(unionId, 2, shape: v => v.Qualification = Qualification.Counsellor);
        // Named apart from the workers, so a test can tell a worker's name leaking from the counsellor's shown on purpose.
        var counsellorIds = counsellors.Select(c => c.Person.Id).ToList();
        await app.DbAsync(db => db.Users.Where(u => counsellorIds.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "心理咨询师")));
        return new CounsellingScene(site.Id, unionId, counsellors[0], counsellors[1], await app.CreateAsync(workers, "cw", unionId));
    }

    public static SlotInput InPerson(this CounsellingScene scene, DateTimeOffset startsAt, int minutes = 50) =>
        new() { StartsAt = startsAt, Minutes = minutes, Mode = CounsellingMode.InPerson, SiteId = scene.SiteId };

    public static async Task<CounsellingSlotItem> PublishAsync(this TestApp app, TestVolunteer counsellor, SlotInput input)
    {
        using var client = app.Bearer(counsellor.Person);
        return await (await client.PostJsonAsync("/api/counselling/desk/slots", input)).ReadAsync<CounsellingSlotItem>(HttpStatusCode.Created);
    }

    public static BookingInput Booking(string alias = "小雨", string? note = "最近睡不好", ContactPreference contact = ContactPreference.Phone) =>
        new() { Alias = alias, Topic = CounsellingTopic.Stress, Note = note, ContactPreference = contact, ContactPhone = "13812345678", Consent = true };

    public static async Task<BookingConfirmation> BookAsync(this TestApp app, TestWorker worker, int slotId, BookingInput? input = null)
    {
        using var client = app.Bearer(worker);
        return await (await client.PostJsonAsync($"/api/counselling/slots/{slotId}/bookings", input ?? Booking())).ReadAsync<BookingConfirmation>(HttpStatusCode.Created);
    }

    /// <summary>A slot that began half an hour ago with a booking by <paramref name="worker"/>, written straight to the database.</summary>
    public static async Task<int> StartedBookingAsync(this TestApp app, CounsellingScene scene, TestWorker worker, string alias = "阿明")
    {
        var slot = new CounsellingSlot
        {
            CounsellorId = scene.Counsellor.Id, StartsAt = TestApp.Now.AddMinutes(-30), EndsAt = TestApp.Now.AddMinutes(20),
            Mode = CounsellingMode.Phone, UnionId = scene.UnionId, CreatedAt = TestApp.Now.AddDays(-3),
        };
        return await app.DbAsync(async db =>
        {
            db.CounsellingSlots.Add(slot);
            await db.SaveChangesAsync();
            var booking = new CounsellingBooking
            {
                SlotId = slot.Id, ActiveSlotId = slot.Id, WorkerId = worker.Id, Alias = alias, Topic = CounsellingTopic.Workplace,
                ContactPreference = ContactPreference.Message, CreatedAt = TestApp.Now.AddDays(-2),
            };
            db.CounsellingBookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });
    }

    public static Task<List<WorkerHome.Infrastructure.Auditing.OperationLog>> AccessLogAsync(this TestApp app, string entityType, int id) =>
        app.DbAsync(db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == entityType && l.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(l => l.Id).ToListAsync());
}

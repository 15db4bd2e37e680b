using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// 心理驿站 as a demo shows it: volunteer.counsel offers talks at 西固区职工服务中心 and by phone and video over the
/// next two weeks; worker01 has booked one, worker02 one whose note is flagged, and a talk last week is done with
/// session notes. Skipped once any slot exists.
/// </summary>
internal sealed class DemoCounselling(AppDbContext db, TimeProvider time, PersonalDataProtector protector)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.CounsellingSlots.AnyAsync(ct))
        {
            return;
        }
        var counsellor = await CounsellorOf.Qualified(db).Where(v => db.Users.Any(u => u.Id == v.UserId && u.UserName == "volunteer.counsel"))
            .Select(v => new { v.Id, v.UnionId }).FirstOrDefaultAsync(ct);
        var site = await db.Sites.FirstOrDefaultAsync(s => s.Name == "西固区职工服务中心", ct);
        if (counsellor is null || site is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var slots = new List<CounsellingSlot>();
        for (var day = 1; day <= 14; day++)
        {
            var date = today.AddDays(day);
            foreach (var (hour, mode) in new[] { (10, CounsellingMode.InPerson), (15, CounsellingMode.InPerson), (19, CounsellingMode.Phone) })
            {
                var startsAt = ChinaTime.FromLocal(date, new TimeOnly(hour, 0));
                var inPerson = mode == CounsellingMode.InPerson;
                if (inPerson && !(site.IsOpenAt(ChinaTime.ToLocal(startsAt).DateTime) && site.IsOpenAt(ChinaTime.ToLocal(startsAt.AddMinutes(49)).DateTime)))
                {
                    continue;
                }
                slots.Add(new CounsellingSlot
                {
                    CounsellorId = counsellor.Id, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(50), Mode = day % 5 == 0 && !inPerson ? CounsellingMode.Video : mode,
                    SiteId = inPerson ? site.Id : null, UnionId = inPerson ? site.UnionId : counsellor.UnionId, CreatedAt = now.AddDays(-3),
                });
            }
        }
        var past = ChinaTime.FromLocal(today.AddDays(-6), new TimeOnly(19, 0));
        var done = new CounsellingSlot
        {
            CounsellorId = counsellor.Id, StartsAt = past, EndsAt = past.AddMinutes(50), Mode = CounsellingMode.Phone,
            UnionId = counsellor.UnionId, CreatedAt = now.AddDays(-10),
        };
        db.CounsellingSlots.AddRange(slots);
        db.CounsellingSlots.Add(done);
        await db.SaveChangesAsync(ct);

        var workers = await db.Users.Where(u => u.UserName == "worker01" || u.UserName == "worker02" || u.UserName == "worker03")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        if (workers.Count < 3 || slots.Count < 2)
        {
            return;
        }
        CounsellingBooking Book(CounsellingSlot slot, string worker, string alias, CounsellingTopic topic, string? note, bool crisis,
            CounsellingBookingStatus status = CounsellingBookingStatus.Booked) => new()
        {
            SlotId = slot.Id, ActiveSlotId = slot.Id, WorkerId = workers[worker], Alias = alias, Topic = topic,
            NoteCipher = note is null ? null : protector.Encrypt(note), ContactPreference = ContactPreference.Phone,
            ContactPhoneCipher = protector.Encrypt("1990000000" + worker[^1]), ContactPhoneMasked = Masking.Phone("1990000000" + worker[^1]),
            CrisisFlag = crisis, Status = status, CreatedAt = now.AddDays(-1), ClosedAt = status == CounsellingBookingStatus.Booked ? null : slot.EndsAt,
        };
        var finished = Book(done, "worker03", "阿明", CounsellingTopic.Workplace, "和班组长相处不好", false, CounsellingBookingStatus.Completed);
        db.CounsellingBookings.AddRange(
            Book(slots[0], "worker01", "小林", CounsellingTopic.Family, "孩子上学的事和家里人意见不合", false),
            Book(slots[1], "worker02", "晴天", CounsellingTopic.Stress, "最近压力太大，有时候觉得不想活了", true),
            finished);
        await db.SaveChangesAsync(ct);
        db.CounsellingNotes.Add(new CounsellingNote
        {
            BookingId = finished.Id, CounsellorId = counsellor.Id, TextCipher = protector.Encrypt("谈到与班组长的沟通方式，约定下周电话回访。"),
            Version = 1, CreatedAt = done.EndsAt, UpdatedAt = done.EndsAt,
        });
        await db.SaveChangesAsync(ct);
    }
}

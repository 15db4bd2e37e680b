using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Demo rooms at Leshan sites (a 舞蹈室 at 红华苑 that needs no approval, a 多媒体室 at the Emeishan tax office that
/// does) and one in Xigu; a dance group's weekly series; and bookings in every status, placed on real slots of the
/// sites' opening hours relative to today.
/// </summary>
internal sealed class DemoBookings(AppDbContext db, TimeProvider time)
{
    private sealed record RoomSpec(string Site, string Name, RoomKind Kind, int Capacity, int SlotMinutes, bool Approval, string Description);

    private static readonly RoomSpec[] Rooms =
    [
        new("峨眉山市绥山镇红华苑社区职工之家", "舞蹈室", RoomKind.Dance, 30, 60, false, "木地板、把杆和整面镜墙，配音响；适合广场舞、瑜伽排练。"),
        new("峨眉山市绥山镇红华苑社区职工之家", "健身房", RoomKind.Fitness, 12, 60, false, "跑步机、动感单车和力量器械。"),
        new("国家税务总局峨眉山市税务局职工之家", "多媒体室", RoomKind.Multimedia, 40, 120, true, "投影、音响和 40 个座位，适合讲座与培训，需审核。"),
        new("市中区棉竹镇棉竹社区职工之家", "职工讲堂", RoomKind.Classroom, 50, 90, true, "50 座教室，可用于技能培训和读书会。"),
        new("西固区职工服务中心", "多媒体室", RoomKind.Multimedia, 60, 60, true, "先锋路职工服务中心二楼。"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.BookableRooms.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow();
        var today = time.LocalToday();
        var names = Rooms.Select(r => r.Site).Distinct().ToList();
        var sites = await db.Sites.Where(s => names.Contains(s.Name)).ToDictionaryAsync(s => s.Name, ct);
        var rooms = new Dictionary<string, (BookableRoom Room, Site Site)>();
        foreach (var spec in Rooms.Where(r => sites.ContainsKey(r.Site)))
        {
            var site = sites[spec.Site];
            var room = new BookableRoom
            {
                SiteId = site.Id, UnionId = site.UnionId, Name = spec.Name, Kind = spec.Kind, Capacity = spec.Capacity, SlotMinutes = spec.SlotMinutes,
                RequiresApproval = spec.Approval, Description = spec.Description, MinLeadHours = 2, MaxAdvanceDays = 14, WeeklyLimit = 2,
                CheckInGraceMinutes = 15, IsActive = true, CreatedAt = now, UpdatedAt = now,
            };
            db.BookableRooms.Add(room);
            rooms[spec.Site + "/" + spec.Name] = (room, site);
        }
        await db.SaveChangesAsync(ct);

        var users = await db.Users.Where(u => u.UserName!.StartsWith("worker") || u.UserName == "emeishan")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        Guid User(string name) => users[name];

        if (rooms.TryGetValue("峨眉山市绥山镇红华苑社区职工之家/舞蹈室", out var dance) && users.ContainsKey("emeishan"))
        {
            var series = new BookingSeries
            {
                RoomId = dance.Room.Id, UnionId = dance.Site.UnionId, UserId = User("worker10"), CreatedBy = User("emeishan"),
                FirstDate = Next(today, DayOfWeek.Tuesday), Weeks = 8, Start = new TimeOnly(19, 0), Slots = 2, Purpose = "红华苑舞蹈队排练", CreatedAt = now,
            };
            db.BookingSeries.Add(series);
            await db.SaveChangesAsync(ct);
            for (var week = 0; week < series.Weeks; week++)
            {
                Book(dance, User("worker10"), series.FirstDate.AddDays(7 * week), 19 * 60, 2, BookingStatus.Confirmed, "红华苑舞蹈队排练", 18, "李秀英",
                    now, series.Id, User("emeishan"));
            }
            Book(dance, User("worker01"), today.AddDays(1), 9 * 60, 1, BookingStatus.Confirmed, "瑜伽小组练习", 6, "王芳", now);
            Book(dance, User("worker02"), today.AddDays(2), 15 * 60, 2, BookingStatus.Confirmed, "亲子舞蹈课", 12, "张丽", now);
            Book(dance, User("worker03"), today.AddDays(-1), 9 * 60, 1, BookingStatus.CheckedIn, "太极拳晨练", 8, "刘建国", now);
            Book(dance, User("worker04"), today.AddDays(-2), 14 * 60, 1, BookingStatus.Released, "舞蹈排练", 5, "陈静", now);
            Book(dance, User("worker05"), today.AddDays(3), 10 * 60, 1, BookingStatus.Cancelled, "合唱排练", 10, "赵敏", now);
        }
        if (rooms.TryGetValue("国家税务总局峨眉山市税务局职工之家/多媒体室", out var media))
        {
            Book(media, User("worker06"), Next(today, DayOfWeek.Thursday), 14 * 60, 1, BookingStatus.Pending, "青年读书分享会", 30, "杨帆", now);
            Book(media, User("worker07"), Next(today, DayOfWeek.Friday), 9 * 60, 1, BookingStatus.Pending, "财税知识小讲堂", 25, "周平", now);
            Book(media, User("worker08"), Next(today, DayOfWeek.Monday), 9 * 60, 1, BookingStatus.Rejected, "生日会", 35, "吴倩", now,
                rejectReason: "多媒体室只用于学习培训和工会活动");
        }
        await db.SaveChangesAsync(ct);
        db.RoomBookingSlots.AddRange(_holding.SelectMany(h => h.Run.Select(s => new RoomBookingSlot { RoomId = h.Booking.RoomId, StartsAt = s.StartsAt, BookingId = h.Booking.Id })));
        await db.SaveChangesAsync(ct);
    }

    private readonly List<(RoomBooking Booking, IReadOnlyList<RoomSlot> Run)> _holding = [];

    private static DateOnly Next(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>A booking on real slots of the site's hours; nothing when the site is closed then. Holding ones take their slots.</summary>
    private void Book((BookableRoom Room, Site Site) at, Guid userId, DateOnly date, int startMinute, int slots, BookingStatus status, string purpose,
        int people, string contact, DateTimeOffset now, int? seriesId = null, Guid? bookedBy = null, string? rejectReason = null)
    {
        var run = RoomSlots.Run(RoomSlots.Of(at.Site, date, at.Room.SlotMinutes), startMinute, slots);
        if (run is null)
        {
            return;
        }
        var booking = new RoomBooking
        {
            RoomId = at.Room.Id, SiteId = at.Site.Id, UnionId = at.Site.UnionId, UserId = userId, BookedBy = bookedBy, SeriesId = seriesId,
            Date = date, StartsAt = run[0].StartsAt, EndsAt = run[^1].EndsAt, ReleaseAfter = run[0].StartsAt.AddMinutes(at.Room.CheckInGraceMinutes),
            Purpose = purpose, People = people, ContactName = contact, Status = status, RejectReason = rejectReason,
            CreatedAt = now.AddDays(-3),
            CheckedInAt = status == BookingStatus.CheckedIn ? run[0].StartsAt.AddMinutes(-5) : null,
            EndedAt = status is BookingStatus.Released or BookingStatus.Cancelled or BookingStatus.Rejected ? now.AddDays(-1) : null,
        };
        db.RoomBookings.Add(booking);
        if (status is BookingStatus.Pending or BookingStatus.Confirmed)
        {
            _holding.Add((booking, run));
        }
    }
}

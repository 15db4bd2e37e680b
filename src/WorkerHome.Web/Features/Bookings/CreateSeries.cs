using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>A weekly booking for a group.</summary>
public sealed record SeriesRequest
{
    /// <summary>The group's contact worker (account that holds the bookings); empty for the staff user.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Beijing date of the first occurrence; the others fall on the same weekday.</summary>
    [Required(ErrorMessage = "请选择第一次的日期")]
    public DateOnly? FirstDate { get; set; }

    /// <summary>How many weeks (1–26).</summary>
    [Range(1, 26, ErrorMessage = "周数应在 1 到 26 之间")]
    public int Weeks { get; set; } = 8;

    /// <summary>Beijing start, "HH:mm".</summary>
    [Required(ErrorMessage = "请选择开始时间"), RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "开始时间格式应为“时:分”，如 19:00")]
    public string? Start { get; set; }

    /// <summary>Consecutive slots each time (1–8).</summary>
    [Range(1, 8, ErrorMessage = "连续时段数应在 1 到 8 之间")]
    public int Slots { get; set; } = 1;

    /// <summary>What the room is for.</summary>
    [Required(ErrorMessage = "请填写用途"), StringLength(100, ErrorMessage = "用途不超过 100 字")]
    public string Purpose { get; set; } = "";

    /// <summary>Number of people.</summary>
    [Range(1, 500, ErrorMessage = "人数应在 1 到 500 之间")]
    public int People { get; set; } = 1;

    /// <summary>Contact person.</summary>
    [Required(ErrorMessage = "请填写联系人"), StringLength(40, ErrorMessage = "联系人不超过 40 字")]
    public string ContactName { get; set; } = "";
}

/// <summary>An occurrence of a series that could not be booked, and why.</summary>
/// <param name="Date">Beijing date.</param>
/// <param name="Reason">闭馆或不在开放时间, 已过, 已被预约.</param>
public sealed record SeriesClash(DateOnly Date, string Reason);

/// <summary>What a series booked.</summary>
/// <param name="SeriesId">Series id.</param>
/// <param name="Booked">The occurrences booked.</param>
/// <param name="Clashes">The occurrences left out.</param>
public sealed record SeriesResult(int SeriesId, IReadOnlyList<BookingView> Booked, IReadOnlyList<SeriesClash> Clashes);

/// <summary>
/// Staff book a room weekly for a group. The free occurrences are booked (confirmed: staff made them) and the others
/// reported, because a group would rather have seven of eight evenings than none; if none is free nothing is saved.
/// The weekly limit and booking window are workers' rules and do not bind staff. All in one transaction, each
/// occurrence with its slot rows, so a race with a worker's booking fails the whole call with 409 <c>slot_taken</c>.
/// </summary>
public sealed class CreateSeries(AppDbContext db, CurrentUser current, BookingsAccess access, TimeProvider time)
{
    public async Task<Outcome<SeriesResult>> HandleAsync(int roomId, SeriesRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } staffId)
        {
            return CommonProblems.Unauthenticated;
        }
        var room = await (await access.RoomsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        var site = room is null ? null : await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == room.SiteId, ct);
        if (room is null || site is null)
        {
            return BookingsProblems.RoomNotFound;
        }
        var holder = request.UserId ?? staffId;
        if (!await db.Users.AnyAsync(u => u.Id == holder, ct))
        {
            return CommonProblems.Field("userId", "未找到该职工");
        }
        if (!room.IsActive)
        {
            return BookingsProblems.RoomInactive;
        }
        if (request.People > room.Capacity)
        {
            return BookingsProblems.OverCapacity.WithError("people", $"该场地最多容纳 {room.Capacity} 人");
        }
        var probe = new BookRoomRequest { Start = request.Start, Slots = request.Slots, People = request.People, Purpose = request.Purpose, ContactName = request.ContactName };
        if (probe.StartMinute is not { } startMinute)
        {
            return CommonProblems.Field("start", "开始时间格式应为“时:分”，如 19:00");
        }
        var now = time.GetUtcNow();
        var first = request.FirstDate ?? default;
        try
        {
            return await db.InTransactionAsync<SeriesResult>(async token =>
            {
                var series = new BookingSeries
                {
                    RoomId = roomId, UnionId = site.UnionId, UserId = holder, CreatedBy = staffId, FirstDate = first, Weeks = request.Weeks,
                    Start = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(startMinute)), Slots = request.Slots, Purpose = request.Purpose.Trim(), CreatedAt = now,
                };
                db.BookingSeries.Add(series);
                await db.SaveChangesAsync(token);
                var booked = new List<BookingView>();
                var clashes = new List<SeriesClash>();
                for (var week = 0; week < request.Weeks; week++)
                {
                    var date = first.AddDays(7 * week);
                    var run = site.InService(date) ? RoomSlots.Run(RoomSlots.Of(site, date, room.SlotMinutes), startMinute, request.Slots) : null;
                    if (run is null)
                    {
                        clashes.Add(new SeriesClash(date, "闭馆或不在开放时间"));
                        continue;
                    }
                    if (run[0].StartsAt <= now)
                    {
                        clashes.Add(new SeriesClash(date, "已过"));
                        continue;
                    }
                    var starts = run.Select(s => s.StartsAt).ToList();
                    if (await db.RoomBookingSlots.AnyAsync(s => s.RoomId == roomId && starts.Contains(s.StartsAt), token))
                    {
                        clashes.Add(new SeriesClash(date, "已被预约"));
                        continue;
                    }
                    var booking = BookRoom.NewBooking(room, site, holder, probe, run, now);
                    booking.Status = BookingStatus.Confirmed;
                    booking.SeriesId = series.Id;
                    booking.BookedBy = staffId;
                    db.RoomBookings.Add(booking);
                    await db.SaveChangesAsync(token);
                    db.RoomBookingSlots.AddRange(starts.Select(s => new RoomBookingSlot { RoomId = roomId, StartsAt = s, BookingId = booking.Id }));
                    await db.SaveChangesAsync(token);
                    booked.Add(BookRoom.View(booking, room.Name, site.Name));
                }
                return booked.Count == 0
                    ? BookingsProblems.SeriesAllClashed
                    : new SeriesResult(series.Id, booked, clashes);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return BookingsProblems.SlotTaken;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>A booking of one or more consecutive slots of a room on one date.</summary>
public sealed record BookRoomRequest
{
    /// <summary>Beijing date.</summary>
    [Required(ErrorMessage = "请选择日期")]
    public DateOnly? Date { get; set; }

    /// <summary>Beijing start of the first slot, "HH:mm".</summary>
    [Required(ErrorMessage = "请选择时段"), RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "开始时间格式应为“时:分”，如 19:00")]
    public string? Start { get; set; }

    /// <summary>How many consecutive slots (1–8).</summary>
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

    internal int? StartMinute => TimeOnly.TryParseExact(Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
        ? t.Hour * 60 + t.Minute
        : null;
}

/// <summary>
/// A worker books slots of a room. The rules are checked first (room and site open for booking, people, the booking
/// window, opening hours); then, in one transaction, the worker's weekly limit is counted under a per-worker lock and
/// the booking is inserted with one <see cref="RoomBookingSlot"/> row per slot. The slot rows' primary key is the
/// double-booking guard: a lost race is a unique violation, answered 409 <c>slot_taken</c> with nothing saved.
/// </summary>
public sealed class BookRoom(AppDbContext db, CurrentUser current, IOptions<BookingsOptions> options, TimeProvider time)
{
    public async Task<Outcome<BookingView>> HandleAsync(int roomId, BookRoomRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var room = await db.BookableRooms.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        var site = room is null ? null : await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == room.SiteId && s.DeletedAt == null, ct);
        if (room is null || site is null)
        {
            return BookingsProblems.RoomNotFound;
        }
        var now = time.GetUtcNow();
        var planned = Plan(room, site, request, now);
        if (!planned.Succeeded)
        {
            return planned.Problem;
        }
        var run = planned.Value;
        var booking = NewBooking(room, site, userId, request, run, now);
        if (options.Value.UnguardedForTests)
        {
            return await UnguardedAsync(booking, ct);
        }
        Outcome<RoomBooking> saved;
        try
        {
            saved = await db.InTransactionAsync<RoomBooking>(async token =>
            {
                await PersonLocks.LockAsync(db, PersonLock.RoomBookings, userId, token);
                var week = RoomSlots.WeekStart(booking.Date);
                var thisWeek = await db.RoomBookings.CountAsync(b => b.RoomId == roomId && b.UserId == userId
                    && b.Date >= week && b.Date < week.AddDays(7)
                    && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn), token);
                if (thisWeek >= room.WeeklyLimit)
                {
                    return BookingsProblems.WeeklyLimit.WithDetail($"该场地每人每周最多预约 {room.WeeklyLimit} 次");
                }
                var starts = run.Select(s => s.StartsAt).ToList();
                if (await db.RoomBookingSlots.AnyAsync(s => s.RoomId == roomId && starts.Contains(s.StartsAt), token))
                {
                    return BookingsProblems.SlotTaken.WithError("start", "所选时段已被他人预约，请换一个时段");
                }
                db.RoomBookings.Add(booking);
                await db.SaveChangesAsync(token);
                db.RoomBookingSlots.AddRange(starts.Select(s => new RoomBookingSlot { RoomId = roomId, StartsAt = s, BookingId = booking.Id }));
                await db.SaveChangesAsync(token);
                return booking;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return BookingsProblems.SlotTaken.WithError("start", "所选时段已被他人预约，请换一个时段");
        }
        return saved.Succeeded ? View(saved.Value, room.Name, site.Name) : saved.Problem;
    }

    /// <summary>The rules a booking must meet before it is tried against the database, with the slots it takes.</summary>
    internal static Outcome<RoomSlot[]> Plan(BookableRoom room, Site site, BookRoomRequest request, DateTimeOffset now)
    {
        if (!room.IsActive)
        {
            return BookingsProblems.RoomInactive;
        }
        var date = request.Date ?? default;
        if (site.Status != SiteStatus.Operating || !site.InService(date))
        {
            return BookingsProblems.SiteNotOperating;
        }
        if (request.People > room.Capacity)
        {
            return BookingsProblems.OverCapacity.WithError("people", $"该场地最多容纳 {room.Capacity} 人");
        }
        if (request.StartMinute is not { } startMinute)
        {
            return CommonProblems.Field("start", "开始时间格式应为“时:分”，如 19:00");
        }
        var today = DateOnly.FromDateTime(ChinaTime.ToLocal(now).DateTime);
        if (date > today.AddDays(room.MaxAdvanceDays))
        {
            return BookingsProblems.TooFar.WithError("date", $"最多提前 {room.MaxAdvanceDays} 天预约");
        }
        var run = RoomSlots.Run(RoomSlots.Of(site, date, room.SlotMinutes), startMinute, request.Slots);
        if (run is null)
        {
            return BookingsProblems.OutsideOpeningHours.WithError("start", "所选时段不在阵地开放时间内，或跨过了休息时间");
        }
        if (run[0].StartsAt < now.AddHours(room.MinLeadHours))
        {
            return BookingsProblems.TooSoon.WithError("start", room.MinLeadHours > 0 ? $"请至少提前 {room.MinLeadHours} 小时预约" : "该时段已开始或已过");
        }
        return run.ToArray();
    }

    internal static RoomBooking NewBooking(BookableRoom room, Site site, Guid userId, BookRoomRequest request, IReadOnlyList<RoomSlot> run, DateTimeOffset now) => new()
    {
        RoomId = room.Id,
        SiteId = site.Id,
        UnionId = site.UnionId,
        UserId = userId,
        Date = run[0].Date,
        StartsAt = run[0].StartsAt,
        EndsAt = run[^1].EndsAt,
        ReleaseAfter = run[0].StartsAt.AddMinutes(room.CheckInGraceMinutes),
        Purpose = request.Purpose.Trim(),
        People = request.People,
        ContactName = request.ContactName.Trim(),
        Status = room.RequiresApproval ? BookingStatus.Pending : BookingStatus.Confirmed,
        CreatedAt = now,
    };

    internal static BookingView View(RoomBooking b, string roomName, string siteName) => new(b.Id, b.RoomId, roomName, b.SiteId, siteName,
        b.Date, b.StartsAt, b.EndsAt, b.Purpose, b.People, b.ContactName, b.Status, b.RejectReason, b.SeriesId, b.CheckedInAt);

    /// <summary>
    /// The control for the concurrency tests: "is it free?" then write, without slot rows. Refused outside the Testing
    /// environment (see <see cref="BookingsApi.AddBookingsFeature"/>).
    /// </summary>
    private async Task<Outcome<BookingView>> UnguardedAsync(RoomBooking booking, CancellationToken ct)
    {
        var taken = await db.RoomBookings.AnyAsync(b => b.RoomId == booking.RoomId
            && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed)
            && b.StartsAt < booking.EndsAt && booking.StartsAt < b.EndsAt, ct);
        if (taken)
        {
            return BookingsProblems.SlotTaken;
        }
        await Task.Delay(5, ct);
        db.RoomBookings.Add(booking);
        await db.SaveChangesAsync(ct);
        return View(booking, "", "");
    }
}

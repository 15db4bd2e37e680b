using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using WorkerHome.Data;
using WorkerHome.Features.Statistics.Tallies;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Time;

namespace WorkerHome.Features.Bookings;

/// <summary>A scanned room code.</summary>
public sealed record RoomCheckInRequest
{
    /// <summary>The token in the room's QR code.</summary>
    [Required(ErrorMessage = "缺少签到码")]
    public string Token { get; set; } = "";
}

/// <summary>A room's check-in code for a date: what its QR encodes.</summary>
/// <param name="RoomId">Room id.</param>
/// <param name="Date">The Beijing date it is good for.</param>
/// <param name="Url">The worker check-in page with the token.</param>
/// <param name="Token">The token alone.</param>
public sealed record RoomCheckInCode(int RoomId, DateOnly Date, string Url, string Token);

/// <summary>
/// Check-in from 15 minutes before the start to the end of the room's grace: the booker scans the room's code of the
/// day, or site staff check the booking in at the desk. One conditional update from Confirmed, so a booking the
/// release pass has just released cannot be checked in, nor the other way round.
/// </summary>
public sealed class CheckInBooking(AppDbContext db, CurrentUser current, BookingsAccess access, RoomCheckInTokens tokens, StatisticsTallies tallies,
    TimeProvider time)
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(15);

    /// <summary>The booker scans the room's code: their confirmed booking of that room today whose window is open.</summary>
    public async Task<Outcome<BookingView>> WithTokenAsync(RoomCheckInRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (current.UserId is not { } userId)
        {
            return CommonProblems.Unauthenticated;
        }
        var today = time.LocalToday();
        if (tokens.Read(request.Token) is not { } ticket || ticket.Date != today)
        {
            return BookingsProblems.CheckInTokenInvalid.WithError("token", "签到码无效或不是今天的，请扫描场地门口今天的二维码");
        }
        var now = time.GetUtcNow();
        var mine = await db.RoomBookings.AsNoTracking()
            .Where(b => b.RoomId == ticket.RoomId && b.UserId == userId && b.Date == today && b.Status == BookingStatus.Confirmed)
            .OrderBy(b => b.StartsAt).Select(b => new { b.Id, b.StartsAt, b.ReleaseAfter }).ToListAsync(ct);
        if (mine.Count == 0)
        {
            return BookingsProblems.NothingToCheckIn;
        }
        var open = mine.FirstOrDefault(b => b.StartsAt - OpensBefore <= now && now <= b.ReleaseAfter);
        return open is null ? BookingsProblems.CheckInClosed : await MarkAsync(open.Id, null, ct);
    }

    /// <summary>Site staff check a booking in at the desk.</summary>
    public async Task<Outcome<BookingView>> ByHandAsync(int bookingId, CancellationToken ct)
    {
        if (!await (await access.BookingsAsync(ct)).AnyAsync(b => b.Id == bookingId, ct))
        {
            return BookingsProblems.BookingNotFound;
        }
        return await MarkAsync(bookingId, current.UserId, ct);
    }

    private async Task<Outcome<BookingView>> MarkAsync(int bookingId, Guid? staff, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var opensBy = now + OpensBefore;
        var marked = await db.InTransactionAsync<Done>(async token =>
        {
            var changed = await db.RoomBookings
                .Where(b => b.Id == bookingId && b.Status == BookingStatus.Confirmed && b.StartsAt <= opensBy && now <= b.ReleaseAfter)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.Status, BookingStatus.CheckedIn)
                    .SetProperty(x => x.CheckedInAt, now).SetProperty(x => x.CheckedInBy, staff), token);
            if (changed == 0)
            {
                return BookingsProblems.CheckInClosed;
            }
            await tallies.RoomCheckedInAsync(bookingId, token);
            return Done.Value;
        }, ct);
        if (!marked.Succeeded)
        {
            return marked.Problem;
        }
        return await db.RoomBookings.AsNoTracking().Where(b => b.Id == bookingId)
            .Select(b => new BookingView(b.Id, b.RoomId, db.BookableRooms.Where(r => r.Id == b.RoomId).Select(r => r.Name).First(), b.SiteId,
                db.Sites.Where(s => s.Id == b.SiteId).Select(s => s.Name).First(), b.Date, b.StartsAt, b.EndsAt, b.Purpose, b.People,
                b.ContactName, b.Status, b.RejectReason, b.SeriesId, b.CheckedInAt))
            .SingleAsync(ct);
    }

    /// <summary>Staff print the room's code of a day (default today) to hang at its door.</summary>
    public async Task<Outcome<RoomCheckInCode>> CodeAsync(int roomId, DateOnly? date, string origin, CancellationToken ct)
    {
        if (!await (await access.RoomsAsync(ct)).AnyAsync(r => r.Id == roomId, ct))
        {
            return BookingsProblems.RoomNotFound;
        }
        var day = date ?? time.LocalToday();
        var token = tokens.Create(roomId, day);
        return new RoomCheckInCode(roomId, day, $"{origin.TrimEnd('/')}/rooms/check-in?token={Uri.EscapeDataString(token)}", token);
    }

    /// <summary>A QR image of the text.</summary>
    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}

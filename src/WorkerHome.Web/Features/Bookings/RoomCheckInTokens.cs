using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Features.Bookings;

/// <summary>What a room's check-in token says: the room and the Beijing date it is good for.</summary>
public readonly record struct RoomTicket(int RoomId, DateOnly Date);

/// <summary>
/// The secret behind a room's QR code of the day, protected with ASP.NET Core data protection (keys in the database,
/// so any node reads a token any node made). The date inside is checked against the injected clock by the caller.
/// </summary>
public sealed class RoomCheckInTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("WorkerHome.RoomCheckIn.v1");

    public string Create(int roomId, DateOnly date) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{roomId}|{date:yyyy-MM-dd}"));

    public RoomTicket? Read(string? token)
    {
        if (_protector.TryUnprotect(token) is not { } payload)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var roomId)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new RoomTicket(roomId, date)
            : null;
    }
}

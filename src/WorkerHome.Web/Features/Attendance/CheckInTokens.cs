using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using WorkerHome.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace WorkerHome.Features.Attendance;

/// <summary>What a check-in token says: the session and the instant it stops being accepted.</summary>
public readonly record struct CheckInTicket(int SessionId, DateTimeOffset ExpiresAt);

/// <summary>
/// The secret behind a session's QR code. The payload (session id and expiry) is protected with ASP.NET Core data
/// protection, whose keys live in the database, so a token made on one node is read on every other. The expiry is
/// checked here against the injected clock rather than by a time-limited protector, which reads the system clock.
/// </summary>
public sealed class CheckInTokens(IDataProtectionProvider protection, IOptions<AttendanceOptions> options)
{
    public const string Purpose = "WorkerHome.CheckIn.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public CheckInWindow WindowOf(DateTimeOffset startsAt, DateTimeOffset endsAt) => CheckInWindow.Of(startsAt, endsAt, options.Value);

    /// <summary>A URL-safe token for the session, valid until its window closes.</summary>
    public string Create(int sessionId, DateTimeOffset expiresAt) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{sessionId}|{expiresAt.ToUnixTimeSeconds()}"));

    /// <summary>The ticket in a token, or null when the token was not made here (altered, truncated, another purpose).</summary>
    public CheckInTicket? Read(string? token)
    {
        if (_protector.TryUnprotect(token) is not { } payload)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sessionId)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? new CheckInTicket(sessionId, DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
    }
}

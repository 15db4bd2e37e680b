using QRCoder;
using WorkerHome.Features.Sessions;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Attendance;

/// <summary>A session's check-in code: what its QR image encodes and when it works.</summary>
/// <param name="Url">The worker check-in page with the token (what the QR code encodes).</param>
/// <param name="Token">The token alone, for other clients.</param>
/// <param name="OpensAt">Check-in opens (UTC).</param>
/// <param name="ClosesAt">Check-in closes and the token expires (UTC).</param>
public sealed record CheckInCode(string Url, string Token, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>
/// The session's check-in code for its staff or volunteer to show on a screen or print: the absolute address of the
/// worker check-in page with a token valid until the window closes, and that address as a PNG QR image.
/// </summary>
public sealed class GetCheckInCode(AttendanceAccess access, CheckInTokens tokens)
{
    public async Task<Outcome<CheckInCode>> HandleAsync(int sessionId, string origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var found = await access.ForDeliveryAsync(sessionId, ct);
        if (!found.Succeeded)
        {
            return found.Problem;
        }
        var session = found.Value;
        if (session.Status == SessionStatus.Cancelled)
        {
            return AttendanceProblems.SessionCancelled;
        }
        var token = tokens.Create(session.Id, session.Window.ClosesAt);
        var url = $"{origin.TrimEnd('/')}/checkin/{session.Id}?t={Uri.EscapeDataString(token)}";
        return new CheckInCode(url, token, session.Window.OpensAt, session.Window.ClosesAt);
    }

    public async Task<Outcome<byte[]>> PngAsync(int sessionId, string origin, CancellationToken ct)
    {
        var code = await HandleAsync(sessionId, origin, ct);
        return code.Succeeded ? Png(code.Value.Url) : code.Problem;
    }

    /// <summary>A QR image of the text; medium error correction survives a projector's glare or a creased print.</summary>
    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(12);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>A worker's own certificate; anyone else's answers 404, as for a missing one.</summary>
public sealed class GetCertificate(AppDbContext db, CurrentUser current)
{
    public async Task<Outcome<CertificateView>> HandleAsync(int id, CancellationToken ct)
    {
        var userId = current.UserId;
        var certificate = await db.TrainingCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.UserId == userId, ct);
        return certificate is null ? TrainingProblems.CertificateNotFound : CertificateView.From(certificate);
    }

    /// <summary>The QR image of the certificate's verification address.</summary>
    public async Task<Outcome<byte[]>> QrAsync(int id, string origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var found = await HandleAsync(id, ct);
        return found.Succeeded ? Attendance.GetCheckInCode.Png(origin.TrimEnd('/') + found.Value.VerifyPath) : found.Problem;
    }
}

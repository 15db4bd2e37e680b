using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>
/// Anyone checks a certificate by its verification code (the QR's target). A forged or altered code matches nothing
/// and answers 无此证书.
/// </summary>
public sealed class VerifyCertificate(AppDbContext db)
{
    public async Task<Outcome<CertificateCheck>> HandleAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return TrainingProblems.CertificateNotFound;
        }
        var certificate = await db.TrainingCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == code, ct);
        return certificate is null ? TrainingProblems.CertificateNotFound : CertificateCheck.From(certificate);
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Training;

/// <summary>Why a certificate is revoked.</summary>
public sealed class RevokeInput
{
    [Required(ErrorMessage = "请填写撤销原因")]
    [StringLength(200, ErrorMessage = "撤销原因不能超过200个字")]
    public string Reason { get; set; } = "";
}

/// <summary>Staff of the issuing union revoke a certificate; verification then answers 已撤销.</summary>
public sealed class RevokeCertificate(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<CertificateCheck>> HandleAsync(int id, RevokeInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var certificate = await db.TrainingCertificates.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null || !await scope.CoversUnionAsync(certificate.UnionId, ct))
        {
            return TrainingProblems.CertificateNotFound;
        }
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return CommonProblems.Field("reason", "请填写撤销原因");
        }
        if (certificate.RevokedAt is not null)
        {
            return TrainingProblems.CertificateRevoked;
        }
        certificate.RevokedAt = time.GetUtcNow();
        certificate.RevokeReason = input.Reason.Trim();
        await db.SaveChangesAsync(ct);
        return CertificateCheck.From(certificate);
    }
}

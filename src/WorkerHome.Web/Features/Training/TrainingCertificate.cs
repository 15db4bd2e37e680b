using WorkerHome.Infrastructure.Auditing;

namespace WorkerHome.Features.Training;

/// <summary>
/// A completion certificate (结业证书). What it says is copied in at issue, so the certificate keeps saying what was
/// certified even if the course is edited later. Verified by its random code.
/// </summary>
public sealed class TrainingCertificate : IAudited
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int CourseId { get; set; }
    public Guid UserId { get; set; }
    public int UnionId { get; set; }
    public int Year { get; set; }
    public int Serial { get; set; }
    public string Number { get; set; } = "";

    [NotAudited]
    public string VerificationCode { get; set; } = "";

    public string HolderName { get; set; } = "";
    public string CourseTitle { get; set; } = "";
    public string Title { get; set; } = "";
    public decimal Hours { get; set; }
    public string UnionName { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokeReason { get; set; }

    int? IAudited.AuditUnionId => UnionId;

    string IAudited.AuditLabel => Number;
}

/// <summary>The last certificate serial a union issued in a year; advanced by one conditional statement.</summary>
public sealed class CertificateSequence
{
    public int UnionId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
